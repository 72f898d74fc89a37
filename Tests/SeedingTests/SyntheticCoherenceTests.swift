import SandboxSupport
import Testing

@testable import Seeding

@Suite struct SyntheticCoherenceTests {
    /// Resources grouped by the patient they belong to.
    private static func charts() throws -> [String: [JSONValue]] {
        var charts: [String: [JSONValue]] = [:]
        for resource in try SyntheticFixture.resources() {
            guard let patient = SyntheticJSON.patientID(of: resource) else { continue }
            charts[patient, default: []].append(resource)
        }
        return charts
    }

    private static func medications(in chart: [JSONValue]) -> [JSONValue] {
        chart.filter { $0["resourceType"]?.stringValue == "MedicationRequest" }
    }

    @Test func noPatientIsPrescribedADrugFromAClassTheyAreAllergicTo() throws {
        let data = try SyntheticFixture.seedData()
        var allergicPatients = 0
        for chart in try Self.charts().values {
            let allergyCodes = chart.filter { $0["resourceType"]?.stringValue == "AllergyIntolerance" }
                .compactMap { SyntheticJSON.code($0, "code") }
            let allergyClasses = Set(data.allergens.filter { allergyCodes.contains($0.code) }.flatMap(\.classes))
            if !allergyClasses.isEmpty { allergicPatients += 1 }
            for request in Self.medications(in: chart) {
                let rxnorm = try #require(SyntheticJSON.code(request, "medicationCodeableConcept"))
                let medication = try #require(data.medications.first { $0.rxnorm == rxnorm })
                #expect(allergyClasses.isDisjoint(with: medication.classes), "\(medication.key) given despite allergy")
            }
        }
        #expect(allergicPatients > 0)
    }

    @Test func everyPrescriptionTreatsAProblemTheChartHolds() throws {
        let data = try SyntheticFixture.seedData()
        for chart in try Self.charts().values {
            let conditions = Dictionary(
                chart.filter { $0["resourceType"]?.stringValue == "Condition" }.map { (SyntheticJSON.key($0), $0) }
            ) { first, _ in first }
            for request in Self.medications(in: chart) {
                let rxnorm = try #require(SyntheticJSON.code(request, "medicationCodeableConcept"))
                let medication = try #require(data.medications.first { $0.rxnorm == rxnorm })
                guard let reason = request["reasonReference"]?[0]?["reference"]?.stringValue else {
                    #expect(medication.key == "epinephrine-autoinjector")
                    continue
                }
                let condition = try #require(conditions[reason])
                let snomed = try #require(SyntheticJSON.code(condition, "code"))
                let problem = try #require(data.problems.first { $0.snomed.code == snomed })
                let choices = problem.medications.flatMap { $0.choices + ($0.childChoices ?? []) }
                #expect(choices.contains(medication.key), "\(medication.key) prescribed for \(problem.key)")
            }
        }
    }

    @Test func metforminGoesWithDiabetesAndDiabeticsHaveHemoglobinA1c() throws {
        var diabetics = 0
        for chart in try Self.charts().values {
            let problemCodes = chart.filter { $0["resourceType"]?.stringValue == "Condition" }.compactMap {
                SyntheticJSON.code($0, "code")
            }
            let hasDiabetes = problemCodes.contains("44054006")
            let takesMetformin = Self.medications(in: chart).contains {
                SyntheticJSON.code($0, "medicationCodeableConcept") == "860975"
            }
            let hasA1c = chart.contains {
                SyntheticJSON.code($0, "code") == "4548-4" && $0["resourceType"]?.stringValue == "Observation"
            }
            if takesMetformin { #expect(hasDiabetes) }
            if hasDiabetes {
                diabetics += 1
                #expect(hasA1c)
            }
        }
        #expect(diabetics > 0)
    }

    @Test func patientsWithKidneyDiseaseGetNoNSAIDs() throws {
        let data = try SyntheticFixture.seedData()
        let nsaids = Set(data.medications.filter { $0.classes.contains("nsaid") }.map(\.rxnorm))
        for chart in try Self.charts().values {
            let hasKidneyDisease = chart.contains { SyntheticJSON.code($0, "code") == "433144002" }
            guard hasKidneyDisease else { continue }
            for request in Self.medications(in: chart) {
                #expect(!nsaids.contains(SyntheticJSON.code(request, "medicationCodeableConcept") ?? ""))
            }
        }
    }

    @Test func vitalSignsArePlausible() throws {
        let limits: [String: ClosedRange<Double>] = [
            "8867-4": 50...140, "9279-1": 10...32, "8310-5": 35.5...40, "29463-7": 8...200,
            "8302-2": 70...210, "39156-5": 12...50, "59408-5": 90...100,
        ]
        var checked = 0
        for resource in try SyntheticFixture.resources() where SyntheticJSON.category(resource) == "vital-signs" {
            let code = try #require(SyntheticJSON.code(resource, "code"))
            if code == "85354-9" {
                let systolic = try #require(resource["component"]?[0]?["valueQuantity"]?["value"]?.doubleValue)
                let diastolic = try #require(resource["component"]?[1]?["valueQuantity"]?["value"]?.doubleValue)
                #expect((80...180).contains(systolic) && (45...110).contains(diastolic) && diastolic < systolic)
            } else {
                let value = try #require(resource["valueQuantity"]?["value"]?.doubleValue)
                #expect(try #require(limits[code]).contains(value), "\(code) = \(value)")
            }
            checked += 1
        }
        #expect(checked > 1000)
    }

    @Test func labInterpretationsMatchTheirReferenceRanges() throws {
        for resource in try SyntheticFixture.resources() where SyntheticJSON.category(resource) == "laboratory" {
            guard resource["resourceType"]?.stringValue == "Observation" else { continue }
            let value = try #require(resource["valueQuantity"]?["value"]?.doubleValue)
            let low = resource["referenceRange"]?[0]?["low"]?["value"]?.doubleValue
            let high = resource["referenceRange"]?[0]?["high"]?["value"]?.doubleValue
            let expected = low.map { value < $0 } == true ? "L" : (high.map { value > $0 } == true ? "H" : "N")
            #expect(resource["interpretation"]?[0]?["coding"]?[0]?["code"]?.stringValue == expected)
        }
    }

    @Test func diagnosticReportsReferenceTheirOwnEncountersResults() throws {
        let resources = try SyntheticFixture.resources()
        let byKey = Dictionary(resources.map { (SyntheticJSON.key($0), $0) }) { first, _ in first }
        for report in resources where report["resourceType"]?.stringValue == "DiagnosticReport" {
            let results = report["result"]?.arrayValue ?? []
            #expect(!results.isEmpty)
            for result in results {
                let observation = try #require(byKey[result["reference"]?.stringValue ?? ""])
                #expect(observation["encounter"] == report["encounter"])
                #expect(SyntheticJSON.category(observation) == "laboratory")
            }
        }
    }
}
