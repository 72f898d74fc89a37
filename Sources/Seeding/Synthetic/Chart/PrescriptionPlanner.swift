import SandboxSupport

/// Decides what each visit prescribes.
///
/// Chronic problems get their drugs at the visit that recorded them and keep them, except that
/// now and then a first drug is stopped and replaced at a later check-up or follow-up. A sick
/// visit prescribes a short course, completed once it has run unless it is still running on the
/// reference day. A drug is never taken from a class in ``ChartPlan/excludedClasses``.
struct PrescriptionPlanner {
    let data: SeedData
    let clock: ChartClock
    let plan: ChartPlan
    let birthDay: Int64

    private var ageNow: Int { clock.age(birthDay: birthDay, on: clock.referenceDay) }

    /// The chance a long-term drug is switched for another of the same slot.
    static let switchChance = 0.15

    func draw(random: inout SeededGenerator) -> [ChartPlan.Prescription] {
        var prescriptions: [ChartPlan.Prescription] = []
        for diagnosis in plan.diagnoses {
            prescriptions += chronicPrescriptions(for: diagnosis, taken: prescriptions, random: &random)
        }
        for visit in plan.visits {
            guard let problem = visit.acuteProblem else { continue }
            prescriptions += acutePrescriptions(for: problem, at: visit, random: &random)
        }
        if let emergency = emergencyPrescription() { prescriptions.append(emergency) }
        return prescriptions.sorted { $0.visitIndex < $1.visitIndex }
    }

    private func chronicPrescriptions(
        for diagnosis: ChartPlan.Diagnosis,
        taken: [ChartPlan.Prescription],
        random: inout SeededGenerator
    ) -> [ChartPlan.Prescription] {
        var result: [ChartPlan.Prescription] = []
        for slot in diagnosis.problem.medications where random.chance(slot.chance ?? 1) {
            let takenKeys = Set((taken + result).map(\.medication.key))
            let allowed = allowedMedications(slot.choices(forAge: ageNow)).filter { !takenKeys.contains($0.key) }
            guard !allowed.isEmpty else { continue }
            let first = random.pick(allowed)
            let key = diagnosis.problem.key
            let later = plan.visits.filter { $0.index > diagnosis.visitIndex && $0.kind != .acute }
            if allowed.count > 1, !later.isEmpty, random.chance(Self.switchChance) {
                let replacement = random.pick(allowed.filter { $0.key != first.key })
                let visit = random.pick(later)
                result.append(
                    .init(medication: first, problemKey: key, visitIndex: diagnosis.visitIndex, status: "stopped")
                )
                result.append(
                    .init(medication: replacement, problemKey: key, visitIndex: visit.index, status: "active")
                )
            } else {
                result.append(
                    .init(medication: first, problemKey: key, visitIndex: diagnosis.visitIndex, status: "active")
                )
            }
        }
        return result
    }

    private func acutePrescriptions(
        for problem: SeedData.Problem,
        at visit: ChartPlan.Visit,
        random: inout SeededGenerator
    ) -> [ChartPlan.Prescription] {
        let age = clock.age(birthDay: birthDay, on: visit.day)
        var result: [ChartPlan.Prescription] = []
        for slot in problem.medications where random.chance(slot.chance ?? 1) {
            let allowed = allowedMedications(slot.choices(forAge: age))
                .filter { candidate in !result.contains { $0.medication.key == candidate.key } }
            guard !allowed.isEmpty else { continue }
            let medication = random.pick(allowed)
            let courseEnd = visit.day + Int64(medication.courseDays ?? 10)
            let status = courseEnd < clock.referenceDay ? "completed" : "active"
            result.append(
                .init(medication: medication, problemKey: problem.key, visitIndex: visit.index, status: status)
            )
        }
        return result
    }

    /// An epinephrine auto-injector for a patient whose allergy caused anaphylaxis.
    private func emergencyPrescription() -> ChartPlan.Prescription? {
        let anaphylactic = plan.allergies.contains { $0.reaction.code == "39579001" }
        guard anaphylactic, let epinephrine = data.medication("epinephrine-autoinjector"),
            isAllowed(epinephrine)
        else { return nil }
        return .init(medication: epinephrine, problemKey: nil, visitIndex: 0, status: "active")
    }

    private func allowedMedications(_ keys: [String]) -> [SeedData.Medication] {
        keys.compactMap { data.medication($0) }.filter(isAllowed)
    }

    private func isAllowed(_ medication: SeedData.Medication) -> Bool {
        plan.excludedClasses.isDisjoint(with: medication.classes)
    }
}
