import SandboxSupport

/// Provenance: who recorded each batch of resources, on behalf of the practice.
extension ChartBuilder {
    /// A Provenance over `targets`, authored by a clinician for the practice.
    mutating func makeProvenance(targets: [JSONValue], recorded: Int64, authorIndex: Int) -> JSONValue {
        let references = targets.compactMap { resource -> JSONValue? in
            guard let type = resource["resourceType"]?.stringValue, let id = resource["id"]?.stringValue else {
                return nil
            }
            return ChartElement.reference(type, id)
        }
        return .object([
            "resourceType": "Provenance",
            "id": .string(ids.next("Provenance")),
            "target": .array(references),
            "recorded": .string(clock.dateTime(recorded)),
            "activity": ChartElement.concept(ChartCodeSystem.dataOperation, "CREATE", "create"),
            "agent": [
                .object([
                    "type": ChartElement.concept(ChartCodeSystem.provenanceParticipant, "author", "Author"),
                    "who": clinicianReference(authorIndex),
                    "onBehalfOf": ChartElement.reference("Organization", roster.organizationID, display: roster.name),
                ])
            ],
        ])
    }

    /// The Provenance of the chart-level resources: the Patient, Coverage, CareTeam, allergies,
    /// problem list, goals and care plan.
    mutating func makeChartProvenance(goalIDs: [String], carePlanID: String?) -> JSONValue {
        let chartLevel: Set<String> = ["Patient", "Coverage", "CareTeam", "AllergyIntolerance"]
        let problemListIDs = Set(problemIDs.values)
        let goalSet = Set(goalIDs)
        let targets = resources.filter { resource in
            let type = resource["resourceType"]?.stringValue ?? ""
            let id = resource["id"]?.stringValue ?? ""
            return chartLevel.contains(type) || problemListIDs.contains(id) || goalSet.contains(id) || id == carePlanID
        }
        let recorded = carePlanID == nil ? plan.visits[0].end : max(carePlanRevised, plan.visits[0].end)
        return makeProvenance(targets: targets, recorded: recorded, authorIndex: primaryClinicianIndex)
    }
}
