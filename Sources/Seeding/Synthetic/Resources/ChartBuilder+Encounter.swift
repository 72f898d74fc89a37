import SandboxSupport

extension ChartBuilder {
    /// An ambulatory Encounter with its diagnoses listed in rank order.
    func makeEncounter(
        _ visit: ChartPlan.Visit,
        id: String,
        problems: [SeedData.Problem],
        diagnosisIDs: [String]
    ) -> JSONValue {
        guard let type = data.visitType(visit.kind) else { fatalError("seed data was validated") }
        let department = roster.departments[profile.departmentIndex]
        let period = ChartElement.period(start: clock.dateTime(visit.start), end: clock.dateTime(visit.end))
        let diagnoses = diagnosisIDs.enumerated().map { rank, conditionID in
            JSONValue.object([
                "condition": ChartElement.reference("Condition", conditionID),
                "use": ChartElement.concept(ChartCodeSystem.diagnosisRole, "billing", "Billing"),
                "rank": .int(rank + 1),
            ])
        }
        return .object([
            "resourceType": "Encounter",
            "id": .string(id),
            "status": "finished",
            "class": ChartElement.coding(ChartCodeSystem.actCode, "AMB", "ambulatory"),
            "type": [ChartElement.concept(ChartCodeSystem.snomed, type.code, type.display, text: type.text)],
            "subject": patientReference,
            "participant": [
                .object([
                    "type": [ChartElement.concept(ChartCodeSystem.participationType, "PPRF", "primary performer")],
                    "period": period,
                    "individual": clinicianReference(visit.clinicianIndex),
                ])
            ],
            "period": period,
            "reasonCode": .array(reasonCodes(visit, type: type, problems: problems)),
            "diagnosis": diagnoses.isEmpty ? nil : .array(diagnoses),
            "location": [
                .object([
                    "location": ChartElement.reference("Location", department.locationID, display: department.name),
                    "status": "completed",
                ])
            ],
            "serviceProvider": ChartElement.reference(
                "Organization",
                department.organizationID,
                display: department.name
            ),
        ])
    }

    private func reasonCodes(
        _ visit: ChartPlan.Visit,
        type: SeedData.VisitType,
        problems: [SeedData.Problem]
    ) -> [JSONValue] {
        guard visit.kind == .wellness, let reason = type.reason else {
            return problems.map(Self.problemCode)
        }
        var codings = [ChartElement.coding(ChartCodeSystem.snomed, reason.code, reason.display)]
        if let checkUp = age(on: visit.day) < 18 ? type.childReason : type.adultReason {
            codings.append(ChartElement.coding(ChartCodeSystem.icd10, checkUp.code, checkUp.display))
        }
        return [ChartElement.concept(codings, text: type.text)]
    }
}
