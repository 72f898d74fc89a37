import SandboxSupport
import Seeding
import Testing

@Suite struct ImportReferenceTests {
    private let patientURL = "urn:uuid:0b6f0c3e-1d2a-4c1e-9a51-5d1f6b0c0001"
    private let encounterURL = "urn:uuid:0b6f0c3e-1d2a-4c1e-9a51-5d1f6b0c0004"

    private func convert(_ names: String...) throws -> [ImportedBundle] {
        var importer = CountingAllocator().makeImporter()
        return try names.map { name in try importer.convert(fileName: name, bytes: ImportFiles.fixture(name)) }
    }

    @Test func urnUUIDReferencesPointAtTheNewIDs() throws {
        let result = try #require(try convert("transaction-urn-uuid.json").first)

        let encounter = try #require(result.resource(original: encounterURL))
        #expect(encounter["id"] == "a-195900.ENC-1")
        #expect(encounter["subject"]?["reference"] == "Patient/a-195900.E-1")
        #expect(encounter["participant"]?[0]?["individual"]?["reference"] == "Practitioner/a-195900.Provider-1")
        #expect(encounter["serviceProvider"]?["reference"] == "Organization/a-195900.ORG-1")
        let observation = try #require(result.resources(ofType: "Observation").first)
        #expect(observation["encounter"]?["reference"] == "Encounter/a-195900.ENC-1")
    }

    @Test func everyReferenceInTheOutputNamesAnOutputResource() throws {
        let result = try #require(try convert("transaction-urn-uuid.json").first)
        let references = result.resources.flatMap(allReferences)

        #expect(references.count == 10)
        #expect(references.allSatisfy { result.byReference[$0] != nil })
    }

    @Test func conditionalReferencesResolveToTheEntryWithThatIdentifier() throws {
        let result = try #require(try convert("transaction-conditional.json").first)

        let encounter = try #require(result.resources(ofType: "Encounter").first)
        #expect(encounter["serviceProvider"]?["reference"] == "Organization/a-195900.ORG-1")
        // The participant's search has its `|` written as %7C.
        #expect(encounter["participant"]?[0]?["individual"]?["reference"] == "Practitioner/a-195900.Provider-1")
        #expect(encounter["location"]?[0]?["location"]?["reference"] == "Location/a-195900.LOC-1")
        let location = try #require(result.resources(ofType: "Location").first)
        #expect(location["managingOrganization"]?["reference"] == "Organization/a-195900.ORG-1")
        let patient = try #require(result.resources(ofType: "Patient").first)
        #expect(patient["managingOrganization"]?["reference"] == "Organization/a-195900.ORG-1")
    }

    @Test func conditionalReferenceFindsAnOrganizationAnEarlierFileImported() throws {
        let results = try convert("hospital-information.json", "transaction-external-organization.json")

        #expect(results[0].resources(ofType: "Organization").first?["id"] == "a-195900.ORG-1")
        let patient = try #require(results[1].resources(ofType: "Patient").first)
        #expect(patient["managingOrganization"]?["reference"] == "Organization/a-195900.ORG-1")
    }

    @Test func collectionBundleResolvesRelativeHistoryAndAbsoluteReferences() throws {
        let result = try #require(try convert("collection-relative.json").first)

        let patient = try #require(result.resource(original: "http://example.org/fhir/Patient/p1"))
        #expect(patient["generalPractitioner"]?[0]?["reference"] == "Practitioner/a-195900.Provider-1")
        let condition = try #require(result.resources(ofType: "Condition").first)
        #expect(condition["subject"]?["reference"] == "Patient/a-195900.E-1")
        let request = try #require(result.resources(ofType: "MedicationRequest").first)
        #expect(request["subject"]?["reference"] == "Patient/a-195900.E-1")
        #expect(request["reasonReference"]?[0]?["reference"] == "Condition/a-195900.CND-1")
    }

    @Test func referencesToContainedResourcesStayLocal() throws {
        let result = try #require(try convert("collection-relative.json").first)

        let request = try #require(result.resources(ofType: "MedicationRequest").first)
        #expect(request["medicationReference"]?["reference"] == "#med")
        #expect(request["contained"]?[0]?["id"] == "med")
        #expect(result.loaded["Medication"] == nil)
    }
}
