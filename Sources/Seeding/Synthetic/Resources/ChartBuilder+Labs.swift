import SandboxSupport

/// Laboratory results and the reports that group them.
extension ChartBuilder {
    /// The results of one panel and its DiagnosticReport: results first, report last.
    mutating func makeLabPanel(
        _ panel: SeedData.LabPanel,
        visit: ChartPlan.Visit,
        encounterID: String,
        ranges: [String: ClosedRange<Double>]
    ) -> (resources: [JSONValue], issued: Int64) {
        let collected = visit.start + 12 * 60_000
        let issued = visit.end + 86_400_000
        var results: [JSONValue] = []
        for key in panel.tests {
            guard let test = data.labTest(key) else { continue }
            results.append(
                makeLabResult(test, range: ranges[key], collected: collected, issued: issued, encounterID: encounterID)
            )
        }
        let report: JSONValue = .object([
            "resourceType": "DiagnosticReport",
            "id": .string(ids.next("DiagnosticReport")),
            "status": "final",
            "category": [ChartElement.concept(ChartCodeSystem.diagnosticService, "LAB", "Laboratory")],
            "code": ChartElement.concept(ChartCodeSystem.loinc, panel.loinc, panel.display, text: panel.display),
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "effectiveDateTime": .string(clock.dateTime(collected)),
            "issued": .string(clock.dateTime(issued)),
            "performer": [ChartElement.reference("Organization", roster.organizationID, display: roster.name)],
            "resultsInterpreter": [clinicianReference(visit.clinicianIndex)],
            "result": .array(
                results.compactMap { $0["id"]?.stringValue }.map { ChartElement.reference("Observation", $0) }
            ),
        ])
        return (results + [report], issued)
    }

    private mutating func makeLabResult(
        _ test: SeedData.LabTest,
        range: ClosedRange<Double>?,
        collected: Int64,
        issued: Int64,
        encounterID: String
    ) -> JSONValue {
        let isFemale = profile.sex == "female"
        let typical = (isFemale ? test.femaleTypical : nil) ?? test.typical
        let value = random.value(in: range ?? typical[0]...typical[1], decimals: test.decimals)
        let low = isFemale ? (test.femaleLow ?? test.low) : test.low
        let high = isFemale ? (test.femaleHigh ?? test.high) : test.high
        return .object([
            "resourceType": "Observation",
            "id": .string(ids.next("Observation")),
            "status": "final",
            "category": [ChartElement.concept(ChartCodeSystem.observationCategory, "laboratory", "Laboratory")],
            "code": ChartElement.concept(ChartCodeSystem.loinc, test.loinc, test.display, text: test.display),
            "subject": patientReference,
            "encounter": ChartElement.reference("Encounter", encounterID),
            "effectiveDateTime": .string(clock.dateTime(collected)),
            "issued": .string(clock.dateTime(issued)),
            "valueQuantity": ChartElement.quantity(value, unit: test.unit),
            "interpretation": [Self.interpretation(value, low: low, high: high)],
            "referenceRange": [
                .object([
                    "low": low.map { ChartElement.quantity($0, unit: test.unit) },
                    "high": high.map { ChartElement.quantity($0, unit: test.unit) },
                ])
            ],
        ])
    }

    private static func interpretation(_ value: Double, low: Double?, high: Double?) -> JSONValue {
        if let low, value < low { return ChartElement.concept(ChartCodeSystem.interpretation, "L", "Low") }
        if let high, value > high { return ChartElement.concept(ChartCodeSystem.interpretation, "H", "High") }
        return ChartElement.concept(ChartCodeSystem.interpretation, "N", "Normal")
    }
}
