import SandboxSupport

/// Vital-sign and social-history Observations.
extension ChartBuilder {
    /// The vital signs of a visit, one Observation each, blood pressure as a panel.
    mutating func makeVitalObservations(
        _ vitals: VitalSigns,
        visit: ChartPlan.Visit,
        encounterID: String
    ) -> [JSONValue] {
        let effective = clock.dateTime(visit.start + 5 * 60_000)
        let simple: [(String, String, Double, String, String)] = [
            ("8867-4", "Heart rate", vitals.heartRate, "/min", "/min"),
            ("9279-1", "Respiratory rate", vitals.respiratoryRate, "/min", "/min"),
            ("8310-5", "Body temperature", vitals.temperature, "Cel", "Cel"),
            ("29463-7", "Body weight", vitals.weight, "kg", "kg"),
            ("8302-2", "Body height", vitals.height, "cm", "cm"),
            ("39156-5", "Body mass index (BMI) [Ratio]", vitals.bmi, "kg/m2", "kg/m2"),
        ]
        var observations = [makeBloodPressure(vitals, effective: effective, encounterID: encounterID)]
        for (code, display, value, unit, ucum) in simple {
            let quantity = ChartElement.quantity(value, unit: unit, code: ucum)
            let concept = ChartElement.concept(ChartCodeSystem.loinc, code, display, text: display)
            observations.append(makeVital(concept, value: quantity, effective: effective, encounterID: encounterID))
        }
        let oximetry = ChartElement.concept(
            [
                ChartElement.coding(
                    ChartCodeSystem.loinc,
                    "59408-5",
                    "Oxygen saturation in Arterial blood by Pulse oximetry"
                ),
                ChartElement.coding(ChartCodeSystem.loinc, "2708-6", "Oxygen saturation in Arterial blood"),
            ],
            text: "Oxygen saturation"
        )
        let saturation = ChartElement.quantity(vitals.oxygenSaturation, unit: "%")
        observations.append(makeVital(oximetry, value: saturation, effective: effective, encounterID: encounterID))
        return observations
    }

    /// The tobacco smoking status recorded at a visit.
    mutating func makeSmokingStatus(_ status: SeedData.Code, visit: ChartPlan.Visit, encounterID: String) -> JSONValue {
        .object([
            "resourceType": "Observation",
            "id": .string(ids.next("Observation")),
            "status": "final",
            "category": [ChartElement.concept(ChartCodeSystem.observationCategory, "social-history", "Social History")],
            "code": ChartElement.concept(
                ChartCodeSystem.loinc,
                "72166-2",
                "Tobacco smoking status",
                text: "Tobacco smoking status"
            ),
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "effectiveDateTime": .string(clock.dateTime(visit.start + 8 * 60_000)),
            "issued": .string(clock.dateTime(visit.end)),
            "valueCodeableConcept": ChartElement.concept(ChartCodeSystem.snomed, status.code, status.display),
        ])
    }

    private mutating func makeBloodPressure(_ vitals: VitalSigns, effective: String, encounterID: String) -> JSONValue {
        let component = { (code: String, display: String, value: Double) -> JSONValue in
            .object([
                "code": ChartElement.concept(ChartCodeSystem.loinc, code, display),
                "valueQuantity": ChartElement.quantity(value, unit: "mm[Hg]"),
            ])
        }
        var observation = makeVital(
            ChartElement.concept(
                ChartCodeSystem.loinc,
                "85354-9",
                "Blood pressure panel with all children optional",
                text: "Blood pressure"
            ),
            value: nil,
            effective: effective,
            encounterID: encounterID
        )
        observation.set(
            "component",
            [
                component("8480-6", "Systolic blood pressure", vitals.systolic),
                component("8462-4", "Diastolic blood pressure", vitals.diastolic),
            ]
        )
        return observation
    }

    private mutating func makeVital(
        _ code: JSONValue,
        value: JSONValue?,
        effective: String,
        encounterID: String
    ) -> JSONValue {
        .object([
            "resourceType": "Observation",
            "id": .string(ids.next("Observation")),
            "status": "final",
            "category": [ChartElement.concept(ChartCodeSystem.observationCategory, "vital-signs", "Vital Signs")],
            "code": code,
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "effectiveDateTime": .string(effective),
            "valueQuantity": value,
        ])
    }
}
