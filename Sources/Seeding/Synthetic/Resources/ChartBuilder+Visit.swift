import SandboxSupport

/// One visit's batch: the Encounter and everything recorded at it.
extension ChartBuilder {
    mutating func buildVisit(_ visit: ChartPlan.Visit) {
        var record = VisitRecord(encounterID: ids.next("Encounter"), latest: visit.end)
        let problems = problems(at: visit)
        let diagnosisIDs = problems.map { _ in ids.next("Condition") }
        record.resources.append(
            makeEncounter(visit, id: record.encounterID, problems: problems, diagnosisIDs: diagnosisIDs)
        )
        for (problem, id) in zip(problems, diagnosisIDs) {
            record.resources.append(
                makeEncounterDiagnosis(id: id, problem: problem, visit: visit, encounterID: record.encounterID)
            )
        }
        record.diagnoses = problems
        let acuteID = zip(problems, diagnosisIDs).first { $0.0.kind == .acute }?.1

        recordVitals(visit, into: &record)
        recordLabs(visit, into: &record)
        recordOrders(visit, acuteConditionID: acuteID, into: &record)
        recordProcedures(visit, acuteConditionID: acuteID, into: &record)

        let note = makeNote(visit, record: record)
        record.resources.append(note.resource)
        record.latest = max(record.latest, note.signed)
        let targets = record.resources
        resources += targets
        resources.append(makeProvenance(targets: targets, recorded: record.latest, authorIndex: visit.clinicianIndex))
    }

    /// The problems diagnosed or reviewed at a visit, acute first.
    func problems(at visit: ChartPlan.Visit) -> [SeedData.Problem] {
        var keys = visit.addressed
        for key in visit.diagnosed where !keys.contains(key) { keys.append(key) }
        let chronic = keys.compactMap { data.problem($0) }
        return (visit.acuteProblem.map { [$0] } ?? []) + chronic
    }

    /// The problems that shape a visit's measurements: chronic ones active that day, and the
    /// sick visit's reason.
    func activeProblems(at visit: ChartPlan.Visit) -> [SeedData.Problem] {
        plan.activeDiagnoses(on: visit.day).map(\.problem) + (visit.acuteProblem.map { [$0] } ?? [])
    }

    /// Whether a drug for the problem was prescribed before the visit.
    func isTreated(_ problem: SeedData.Problem, before visit: ChartPlan.Visit) -> Bool {
        plan.prescriptions.contains { $0.problemKey == problem.key && $0.visitIndex < visit.index }
    }

    /// The ranges the active problems impose on one kind of measurement; later problems win.
    func ranges(
        at visit: ChartPlan.Visit,
        untreated: KeyPath<SeedData.Problem, [String: ClosedRange<Double>]>,
        treated: KeyPath<SeedData.Problem, [String: ClosedRange<Double>]>
    ) -> [String: ClosedRange<Double>] {
        var ranges: [String: ClosedRange<Double>] = [:]
        for problem in activeProblems(at: visit) {
            ranges.merge(problem[keyPath: untreated]) { _, later in later }
            if isTreated(problem, before: visit) {
                ranges.merge(problem[keyPath: treated]) { _, later in later }
            }
        }
        return ranges
    }

    private mutating func recordVitals(_ visit: ChartPlan.Visit, into record: inout VisitRecord) {
        let ranges = ranges(at: visit, untreated: \.vitalRanges, treated: \.treatedVitalRanges)
        let vitals = VitalSigns.draw(
            body: body,
            exactAge: clock.exactAge(birthDay: profile.birthDay, on: visit.day),
            isFemale: profile.sex == "female",
            ranges: ranges,
            random: &random
        )
        record.vitals = vitals
        record.resources += makeVitalObservations(vitals, visit: visit, encounterID: record.encounterID)
        if let smoking = plan.smoking, visit.kind == .wellness, age(on: visit.day) >= 13 {
            record.resources.append(makeSmokingStatus(smoking, visit: visit, encounterID: record.encounterID))
        }
    }

    private mutating func recordLabs(_ visit: ChartPlan.Visit, into record: inout VisitRecord) {
        let ranges = ranges(at: visit, untreated: \.labRanges, treated: \.treatedLabRanges)
        for panel in labPanels(for: visit) {
            let made = makeLabPanel(panel, visit: visit, encounterID: record.encounterID, ranges: ranges)
            record.resources += made.resources
            record.latest = max(record.latest, made.issued)
            record.labPanels.append(panel.display)
            record.abnormalResults += made.resources.compactMap(Self.abnormalSummary)
        }
    }

    private mutating func labPanels(for visit: ChartPlan.Visit) -> [SeedData.LabPanel] {
        let age = age(on: visit.day)
        var keys: [String] = []
        if visit.kind == .wellness {
            for order in data.visitType(.wellness)?.labPanels ?? [] where age >= (order.minimumAge ?? 0) {
                if random.chance(order.chance) { keys.append(order.key) }
            }
            for diagnosis in plan.activeDiagnoses(on: visit.day) where random.chance(0.5) {
                keys += diagnosis.problem.labPanels
            }
        }
        for key in visit.addressed + visit.diagnosed {
            keys += data.problem(key)?.labPanels ?? []
        }
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }.compactMap { data.labPanel($0) }
    }

    private mutating func recordOrders(
        _ visit: ChartPlan.Visit,
        acuteConditionID: String?,
        into record: inout VisitRecord
    ) {
        for prescription in plan.prescriptions where prescription.visitIndex == visit.index {
            let reasonID = prescription.problemKey.flatMap { problemIDs[$0] ?? acuteConditionID }
            record.resources.append(
                makeMedicationRequest(prescription, visit: visit, encounterID: record.encounterID, reasonID: reasonID)
            )
            let verb = prescription.status == "stopped" ? "Started (later stopped)" : "Prescribed"
            record.prescriptions.append(
                "\(verb): \(prescription.medication.display). \(prescription.medication.dosage)"
            )
        }
        for vaccine in dueVaccines(at: visit) {
            record.resources.append(makeImmunization(vaccine, visit: visit, encounterID: record.encounterID))
            record.vaccines.append(vaccine.display)
        }
    }

    private mutating func recordProcedures(
        _ visit: ChartPlan.Visit,
        acuteConditionID: String?,
        into record: inout VisitRecord
    ) {
        let age = age(on: visit.day)
        var chosen: [(SeedData.Procedure, String?)] = []
        func consider(_ order: SeedData.Chance, reasonID: String?) {
            guard age >= (order.minimumAge ?? 0), !chosen.contains(where: { $0.0.key == order.key }),
                let procedure = data.procedure(order.key), random.chance(order.chance)
            else { return }
            chosen.append((procedure, reasonID))
        }
        for order in data.visitType(visit.kind)?.procedures ?? [] { consider(order, reasonID: nil) }
        for order in visit.acuteProblem?.procedures ?? [] { consider(order, reasonID: acuteConditionID) }
        for key in visit.addressed + visit.diagnosed {
            for order in data.problem(key)?.procedures ?? [] { consider(order, reasonID: problemIDs[key]) }
        }
        for (procedure, reasonID) in chosen {
            record.resources.append(
                makeProcedure(procedure, visit: visit, encounterID: record.encounterID, reasonID: reasonID)
            )
            record.procedures.append(procedure.snomed.display.replacingParenthesizedTag())
        }
    }

    /// `LDL 142 mg/dL (H)` for a laboratory Observation flagged high or low.
    private static func abnormalSummary(_ resource: JSONValue) -> String? {
        guard resource["resourceType"]?.stringValue == "Observation",
            let flag = resource["interpretation"]?[0]?["coding"]?[0]?["code"]?.stringValue, flag != "N",
            let name = resource["code"]?["text"]?.stringValue,
            let quantity = resource["valueQuantity"], let value = quantity["value"]?.doubleValue,
            let unit = quantity["unit"]?.stringValue
        else { return nil }
        return "\(name): \(NoteFormat.number(value)) \(unit) (\(flag))"
    }
}
