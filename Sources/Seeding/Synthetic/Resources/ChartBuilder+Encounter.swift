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
        let period = FHIRElement.period(start: clock.dateTime(visit.start), end: clock.dateTime(visit.end))
        let diagnoses = diagnosisIDs.enumerated().map { rank, conditionID in
            JSONValue.object([
                "condition": FHIRElement.reference("Condition", conditionID),
                "use": FHIRElement.concept(CodeSystem.diagnosisRole, "billing", "Billing"),
                "rank": .int(rank + 1),
            ])
        }
        return .object([
            "resourceType": "Encounter",
            "id": .string(id),
            "status": "finished",
            "class": FHIRElement.coding(CodeSystem.actCode, "AMB", "ambulatory"),
            "type": [FHIRElement.concept(CodeSystem.snomed, type.code, type.display, text: type.text)],
            "subject": patientReference,
            "participant": [
                .object([
                    "type": [FHIRElement.concept(CodeSystem.participationType, "PPRF", "primary performer")],
                    "period": period,
                    "individual": clinicianReference(visit.clinicianIndex),
                ])
            ],
            "period": period,
            "reasonCode": .array(reasonCodes(visit, type: type, problems: problems)),
            "diagnosis": diagnoses.isEmpty ? nil : .array(diagnoses),
            "location": [
                .object([
                    "location": FHIRElement.reference("Location", department.locationID, display: department.name),
                    "status": "completed",
                ])
            ],
            "serviceProvider": FHIRElement.reference(
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
        var codings = [FHIRElement.coding(CodeSystem.snomed, reason.code, reason.display)]
        if let checkUp = age(on: visit.day) < 18 ? type.childReason : type.adultReason {
            codings.append(FHIRElement.coding(CodeSystem.icd10, checkUp.code, checkUp.display))
        }
        return [FHIRElement.concept(codings, text: type.text)]
    }
}
