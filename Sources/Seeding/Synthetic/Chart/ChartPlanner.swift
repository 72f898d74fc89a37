import SandboxSupport

/// Draws a ``ChartPlan`` for one patient.
struct ChartPlanner {
    let data: SeedData
    let roster: PracticeRoster
    let clock: ChartClock
    let profile: PatientProfile

    /// How far back a chart's visits reach.
    static let historyDays: Int64 = 5 * 365
    /// The last visit ends at least this many days before the reference day, so that results
    /// reported a day later are still in the past.
    static let quietDays: Int64 = 3

    var ageNow: Int { clock.age(birthDay: profile.birthDay, on: clock.referenceDay) }

    func age(on day: Int64) -> Int { clock.age(birthDay: profile.birthDay, on: day) }

    /// Draws the whole plan.
    func draw(random: inout SeededGenerator) -> ChartPlan {
        var plan = ChartPlan()
        let chronic = drawChronicProblems(random: &random)
        plan.allergies = drawAllergies(random: &random)
        plan.excludedClasses = Set(plan.allergies.flatMap(\.allergen.classes) + chronic.flatMap(\.avoidClasses))
        let days = drawVisitDays(count: visitCount(chronicCount: chronic.count, random: &random), random: &random)
        plan.diagnoses = drawHistory(of: chronic, firstDay: days[0], random: &random)
        for index in plan.allergies.indices {
            plan.allergies[index].onsetDay = min(plan.allergies[index].onsetDay, days[0] - 1)
        }
        plan.visits = drawVisits(days: days, plan: plan, random: &random)
        placeNewDiagnoses(in: &plan, random: &random)
        chooseFollowUpTopics(in: &plan, random: &random)
        plan.prescriptions = PrescriptionPlanner(data: data, clock: clock, plan: plan, birthDay: profile.birthDay)
            .draw(random: &random)
        plan.smoking = drawSmokingStatus(random: &random)
        return plan
    }

    private func visitCount(chronicCount: Int, random: inout SeededGenerator) -> Int {
        min(12, 3 + random.int(in: 0...3) + min(5, chronicCount * 2))
    }

    private func drawChronicProblems(random: inout SeededGenerator) -> [SeedData.Problem] {
        var chosen: [SeedData.Problem] = []
        for problem in data.problems where problem.kind == .chronic && problem.fits(age: ageNow, sex: profile.sex) {
            let excluded = chosen.contains { $0.excludes.contains(problem.key) || problem.excludes.contains($0.key) }
            let factor = profile.sex == "female" ? problem.femaleFactor : 1
            if !excluded && random.chance(min(0.9, problem.prevalence * factor)) { chosen.append(problem) }
        }
        return chosen
    }

    private func drawAllergies(random: inout SeededGenerator) -> [ChartPlan.Allergy] {
        let count = random.weightedIndex([55, 30, 11, 4]) ?? 0
        var candidates = data.allergens.filter { $0.fits(age: ageNow) }
        var allergies: [ChartPlan.Allergy] = []
        while allergies.count < count, let index = random.weightedIndex(candidates.map(\.weight)) {
            let allergen = candidates.remove(at: index)
            let reaction = random.pick(allergen.reactions)
            let isHigh = reaction.severity == "severe" || random.chance(allergen.highCriticalityChance)
            let onset = profile.birthDay + 365 + Int64(random.int(in: 0...max(0, ageNow - 1) * 300))
            allergies.append(
                .init(allergen: allergen, reaction: reaction, criticality: isHigh ? "high" : "low", onsetDay: onset)
            )
        }
        return allergies
    }

    private func drawSmokingStatus(random: inout SeededGenerator) -> SeedData.Code? {
        guard ageNow >= 13 else { return nil }
        let statuses = [
            SeedData.Code(code: "266919005", display: "Never smoked tobacco (finding)"),
            SeedData.Code(code: "8517006", display: "Ex-smoker (finding)"),
            SeedData.Code(code: "449868002", display: "Smokes tobacco daily (finding)"),
            SeedData.Code(code: "428041000124106", display: "Occasional tobacco smoker (finding)"),
        ]
        let weights: [Double] = ageNow < 18 ? [97, 0, 1, 2] : [62, 22, 11, 5]
        return statuses[random.weightedIndex(weights) ?? 0]
    }
}
