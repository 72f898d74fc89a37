import SandboxSupport

extension ChartPlanner {
    /// Distinct weekdays inside the chart's window, oldest first.
    func drawVisitDays(count: Int, random: inout SeededGenerator) -> [Int64] {
        let last = clock.referenceDay - Self.quietDays
        let first = max(clock.referenceDay - Self.historyDays, profile.birthDay + 60)
        var days: Set<Int64> = []
        var attempts = 0
        while days.count < count && attempts < 400 {
            attempts += 1
            var day = Int64(random.int(in: Int(first)...Int(last)))
            switch clock.weekday(of: day) {
            case 5: day -= 1
            case 6: day = day + 1 <= last ? day + 1 : day - 2
            default: break
            }
            if day >= first { days.insert(day) }
        }
        return days.sorted()
    }

    /// Decides, for each chronic problem, whether it was known before the first visit (and since
    /// when) or is diagnosed at a visit; `onsetDay` of a new diagnosis is set once its visit is.
    func drawHistory(
        of problems: [SeedData.Problem],
        firstDay: Int64,
        random: inout SeededGenerator
    ) -> [ChartPlan.Diagnosis] {
        problems.map { problem in
            let earliest = profile.birthDay + Int64(problem.minimumAge) * 366 + 30
            let latest = firstDay - 30
            let isNew = earliest > latest || random.chance(0.3)
            let onset = isNew ? Int64.max : Int64(random.int(in: Int(earliest)...Int(latest)))
            return ChartPlan.Diagnosis(problem: problem, onsetDay: onset, visitIndex: 0, isNew: isNew)
        }
    }

    /// The visits: kind, time, clinician and, for sick visits, the reason.
    func drawVisits(days: [Int64], plan: ChartPlan, random: inout SeededGenerator) -> [ChartPlan.Visit] {
        var visits: [ChartPlan.Visit] = []
        var lastWellness = Int64.min / 2
        for (index, day) in days.enumerated() {
            var kind = chooseKind(index: index, day: day, lastWellness: lastWellness, plan: plan, random: &random)
            let acute = kind == .acute ? drawAcuteProblem(day: day, random: &random) : nil
            if kind == .acute && acute == nil { kind = .wellness }
            if kind == .wellness { lastWellness = day }
            visits.append(makeVisit(index: index, kind: kind, day: day, acute: acute, random: &random))
        }
        return visits
    }

    private func chooseKind(
        index: Int,
        day: Int64,
        lastWellness: Int64,
        plan: ChartPlan,
        random: inout SeededGenerator
    ) -> SeedData.VisitType.Kind {
        if index == 0 { return .wellness }
        if day - lastWellness >= 330 && random.chance(0.6) { return .wellness }
        if !plan.activeDiagnoses(on: day).isEmpty && random.chance(0.6) { return .followUp }
        return .acute
    }

    private func drawAcuteProblem(day: Int64, random: inout SeededGenerator) -> SeedData.Problem? {
        let age = age(on: day)
        let candidates = data.problems.filter { $0.kind == .acute && $0.fits(age: age, sex: profile.sex) }
        return random.weightedIndex(candidates.map(\.weight)).map { candidates[$0] }
    }

    private func makeVisit(
        index: Int,
        kind: SeedData.VisitType.Kind,
        day: Int64,
        acute: SeedData.Problem?,
        random: inout SeededGenerator
    ) -> ChartPlan.Visit {
        guard let type = data.visitType(kind) else { fatalError("seed data was validated") }
        let startMinute = 8 * 60 + 15 * random.int(in: 0...32)
        let length = random.int(in: type.minutes[0]...type.minutes[1])
        let start = clock.instant(day: day, minute: startMinute)
        return ChartPlan.Visit(
            index: index,
            kind: kind,
            day: day,
            start: start,
            end: start + Int64(length) * 60_000,
            clinicianIndex: chooseClinician(day: day, random: &random),
            acuteProblem: acute
        )
    }

    private func chooseClinician(day: Int64, random: inout SeededGenerator) -> Int {
        if random.chance(0.75) { return profile.primaryClinicianIndex }
        let isChild = age(on: day) < 18
        return random.pick(roster.primaryCareCandidates(departmentIndex: profile.departmentIndex, isChild: isChild))
    }

    /// Puts each newly diagnosed chronic problem at a check-up or follow-up the patient was old
    /// enough for; a problem no visit fits is dropped.
    func placeNewDiagnoses(in plan: inout ChartPlan, random: inout SeededGenerator) {
        plan.diagnoses = plan.diagnoses.compactMap { diagnosis in
            guard diagnosis.isNew else { return diagnosis }
            let fitting = plan.visits.filter { visit in
                visit.kind != .acute && age(on: visit.day) >= diagnosis.problem.minimumAge
            }
            guard let visit = fitting.isEmpty ? nil : random.pick(fitting) else { return nil }
            var placed = diagnosis
            placed.onsetDay = visit.day
            placed.visitIndex = visit.index
            plan.visits[visit.index].diagnosed.append(diagnosis.problem.key)
            return placed
        }
    }

    /// Picks the one or two chronic problems each follow-up reviews; the first visit reviews
    /// every problem known from before.
    func chooseFollowUpTopics(in plan: inout ChartPlan, random: inout SeededGenerator) {
        plan.visits[0].addressed = plan.diagnoses.filter { !$0.isNew }.map(\.problem.key)
        for index in plan.visits.indices where plan.visits[index].kind == .followUp {
            let visit = plan.visits[index]
            let known = plan.activeDiagnoses(on: visit.day).map(\.problem.key).filter { !visit.diagnosed.contains($0) }
            let count = min(known.count, random.chance(0.4) ? 2 : 1)
            plan.visits[index].addressed = Array(known.shuffled(using: &random).prefix(count))
            if plan.visits[index].addressed.isEmpty && visit.diagnosed.isEmpty { plan.visits[index].kind = .wellness }
        }
    }
}
