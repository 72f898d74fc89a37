import SandboxSupport

/// Conditions and allergies.
extension ChartBuilder {
    func makeProblemListCondition(_ diagnosis: ChartPlan.Diagnosis) -> JSONValue {
        let visit = plan.visits[diagnosis.visitIndex]
        return .object([
            "resourceType": "Condition",
            "id": .string(problemIDs[diagnosis.problem.key] ?? ""),
            "clinicalStatus": ChartElement.concept(ChartCodeSystem.conditionClinical, "active", "Active"),
            "verificationStatus": ChartElement.concept(ChartCodeSystem.conditionVerification, "confirmed", "Confirmed"),
            "category": [
                ChartElement.concept(ChartCodeSystem.conditionCategory, "problem-list-item", "Problem List Item")
            ],
            "code": Self.problemCode(diagnosis.problem),
            "subject": patientReference,
            "onsetDateTime": .string(clock.date(day: diagnosis.onsetDay)),
            "recordedDate": .string(clock.dateTime(visit.start)),
            "recorder": clinicianReference(visit.clinicianIndex),
        ])
    }

    /// A diagnosis made or reviewed at a visit.
    mutating func makeEncounterDiagnosis(
        id: String,
        problem: SeedData.Problem,
        visit: ChartPlan.Visit,
        encounterID: String
    ) -> JSONValue {
        var clinicalStatus = ("active", "Active")
        var onset = JSONValue.string(clock.dateTime(visit.start))
        var abatement: JSONValue?
        if problem.kind == .acute {
            onset = .string(clock.dateTime(visit.start - Int64(random.int(in: 1...5)) * 86_400_000))
            let resolvedDay = visit.day + Int64(problem.resolvesInDays)
            if resolvedDay < clock.referenceDay {
                clinicalStatus = ("resolved", "Resolved")
                abatement = .string(clock.date(day: resolvedDay))
            }
        } else if let diagnosis = plan.diagnosis(problem.key) {
            onset = .string(clock.date(day: diagnosis.onsetDay))
        }
        return .object([
            "resourceType": "Condition",
            "id": .string(id),
            "clinicalStatus": ChartElement.concept(
                ChartCodeSystem.conditionClinical,
                clinicalStatus.0,
                clinicalStatus.1
            ),
            "verificationStatus": ChartElement.concept(ChartCodeSystem.conditionVerification, "confirmed", "Confirmed"),
            "category": [
                ChartElement.concept(ChartCodeSystem.conditionCategory, "encounter-diagnosis", "Encounter Diagnosis")
            ],
            "code": Self.problemCode(problem),
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "onsetDateTime": onset,
            "abatementDateTime": abatement,
            "recordedDate": .string(clock.dateTime(visit.start)),
            "recorder": clinicianReference(visit.clinicianIndex),
        ])
    }

    func makeAllergy(_ index: Int) -> JSONValue {
        let allergy = plan.allergies[index]
        let allergen = allergy.allergen
        let system = allergen.system == "rxnorm" ? ChartCodeSystem.rxnorm : ChartCodeSystem.snomed
        let firstVisit = plan.visits[0]
        return .object([
            "resourceType": "AllergyIntolerance",
            "id": .string(allergyIDs[index]),
            "clinicalStatus": ChartElement.concept(ChartCodeSystem.allergyClinical, "active", "Active"),
            "verificationStatus": ChartElement.concept(ChartCodeSystem.allergyVerification, "confirmed", "Confirmed"),
            "type": .string(allergen.type),
            "category": [.string(allergen.category)],
            "criticality": .string(allergy.criticality),
            "code": ChartElement.concept(system, allergen.code, allergen.display, text: allergen.text),
            "patient": patientReference,
            "onsetDateTime": .string(clock.date(day: allergy.onsetDay)),
            "recordedDate": .string(clock.dateTime(firstVisit.start)),
            "recorder": clinicianReference(firstVisit.clinicianIndex),
            "reaction": [
                .object([
                    "manifestation": [
                        ChartElement.concept(ChartCodeSystem.snomed, allergy.reaction.code, allergy.reaction.display)
                    ],
                    "severity": .string(allergy.reaction.severity),
                ])
            ],
        ])
    }

    /// A problem's SNOMED CT and ICD-10-CM codings.
    static func problemCode(_ problem: SeedData.Problem) -> JSONValue {
        ChartElement.concept(
            [
                ChartElement.coding(ChartCodeSystem.snomed, problem.snomed.code, problem.snomed.display),
                ChartElement.coding(ChartCodeSystem.icd10, problem.icd10.code, problem.icd10.display),
            ],
            text: problem.text
        )
    }
}
