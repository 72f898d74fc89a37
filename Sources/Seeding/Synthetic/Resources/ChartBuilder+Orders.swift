import SandboxSupport

/// Prescriptions, immunizations and procedures.
extension ChartBuilder {
    mutating func makeMedicationRequest(
        _ prescription: ChartPlan.Prescription,
        visit: ChartPlan.Visit,
        encounterID: String,
        reasonID: String?
    ) -> JSONValue {
        let medication = prescription.medication
        let isCourse =
            medication.courseDays != nil || prescription.problemKey.flatMap { data.problem($0) }?.kind == .acute
        let reasonCode: JSONValue? =
            reasonID == nil && prescription.problemKey == nil
            ? [
                ChartElement.concept(
                    ChartCodeSystem.snomed,
                    "39579001",
                    "Anaphylaxis (disorder)",
                    text: "History of anaphylaxis"
                )
            ]
            : nil
        return .object([
            "resourceType": "MedicationRequest",
            "id": .string(ids.next("MedicationRequest")),
            "status": .string(prescription.status),
            "intent": "order",
            "category": [ChartElement.concept(ChartCodeSystem.medicationRequestCategory, "outpatient", "Outpatient")],
            "medicationCodeableConcept": ChartElement.concept(
                ChartCodeSystem.rxnorm,
                medication.rxnorm,
                medication.display,
                text: medication.display
            ),
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "authoredOn": .string(clock.dateTime(visit.end - 2 * 60_000)),
            "requester": clinicianReference(visit.clinicianIndex),
            "reasonCode": reasonCode,
            "reasonReference": reasonID.map { [ChartElement.reference("Condition", $0)] },
            "courseOfTherapyType": ChartElement.concept(
                ChartCodeSystem.courseOfTherapy,
                isCourse ? "acute" : "continuous",
                isCourse ? "Short course (acute) therapy" : "Continuous long term therapy"
            ),
            "dosageInstruction": [
                .object([
                    "text": .string(medication.dosage),
                    "asNeededBoolean": medication.asNeeded.map { .bool($0) },
                ])
            ],
        ])
    }

    /// The vaccines due at a visit, given in catalog order.
    mutating func dueVaccines(at visit: ChartPlan.Visit) -> [SeedData.Vaccine] {
        let age = age(on: visit.day)
        let month = clock.month(of: visit.day)
        let year = clock.year(of: visit.day)
        let season = month >= 7 ? year : year - 1
        var due: [SeedData.Vaccine] = []
        for vaccine in data.vaccines where age >= vaccine.minimumAge && age <= (vaccine.maximumAge ?? Int.max) {
            if vaccine.wellnessOnly && visit.kind != .wellness { continue }
            if let months = vaccine.months, !months.contains(month) { continue }
            if let earliest = vaccine.earliestYear, year < earliest { continue }
            let seasonal = vaccine.everySeason ?? false
            if seasonal ? fluSeasons.contains(season) : givenVaccines.contains(vaccine.key) { continue }
            guard random.chance(vaccine.chance) else { continue }
            if seasonal { fluSeasons.insert(season) } else { givenVaccines.insert(vaccine.key) }
            due.append(vaccine)
        }
        return due
    }

    mutating func makeImmunization(_ vaccine: SeedData.Vaccine, visit: ChartPlan.Visit, encounterID: String)
        -> JSONValue
    {
        let performer = roster.supportClinician(departmentIndex: profile.departmentIndex) ?? visit.clinicianIndex
        return .object([
            "resourceType": "Immunization",
            "id": .string(ids.next("Immunization")),
            "status": "completed",
            "vaccineCode": ChartElement.concept(
                ChartCodeSystem.cvx,
                vaccine.cvx,
                vaccine.display,
                text: vaccine.display
            ),
            "patient": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "occurrenceDateTime": .string(clock.dateTime(visit.end - 5 * 60_000)),
            "primarySource": true,
            "lotNumber": .string("SBX\(random.int(in: 10_000...99_999))"),
            "performer": [.object(["actor": clinicianReference(performer)])],
        ])
    }

    mutating func makeProcedure(
        _ procedure: SeedData.Procedure,
        visit: ChartPlan.Visit,
        encounterID: String,
        reasonID: String?
    ) -> JSONValue {
        var codings = [ChartElement.coding(ChartCodeSystem.snomed, procedure.snomed.code, procedure.snomed.display)]
        if let cpt = procedure.cpt { codings.append(ChartElement.coding(ChartCodeSystem.cpt, cpt.code, cpt.display)) }
        let start = visit.start + 6 * 60_000
        let end = start + Int64(procedure.minutes) * 60_000
        let isLong = procedure.minutes >= 10
        return .object([
            "resourceType": "Procedure",
            "id": .string(ids.next("Procedure")),
            "status": "completed",
            "code": ChartElement.concept(codings, text: procedure.snomed.display.replacingParenthesizedTag()),
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "performedDateTime": isLong ? nil : .string(clock.dateTime(start)),
            "performedPeriod": isLong
                ? ChartElement.period(start: clock.dateTime(start), end: clock.dateTime(end)) : nil,
            "performer": [.object(["actor": clinicianReference(visit.clinicianIndex)])],
            "reasonReference": reasonID.map { [ChartElement.reference("Condition", $0)] },
        ])
    }
}

extension String {
    /// `Spirometry` for `Spirometry (procedure)`: a SNOMED CT term without its semantic tag.
    func replacingParenthesizedTag() -> String {
        guard hasSuffix(")"), let open = lastIndex(of: "(") else { return self }
        var text = String(self[..<open])
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
