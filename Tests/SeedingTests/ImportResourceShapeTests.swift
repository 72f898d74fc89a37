import Athena
import SandboxSupport
import Seeding
import Testing

@Suite struct ImportResourceShapeTests {
    private func convert(_ name: String, practiceID: Int = 195900) throws -> (ImportedBundle, CountingAllocator) {
        let allocator = CountingAllocator()
        var importer = BundleImporter(configuration: .init(practiceID: practiceID)) { allocator.allocate($0) }
        return (try importer.convert(fileName: name, bytes: ImportFiles.fixture(name)), allocator)
    }

    @Test func metaIsDroppedAndNarrativeIsKept() throws {
        let (result, _) = try convert("transaction-urn-uuid.json")

        let patient = try #require(result.resources(ofType: "Patient").first)
        #expect(patient["meta"] == nil)
        #expect(patient["text"]?["status"] == "generated")
        #expect(patient["birthDate"] == "1970-01-01")
    }

    @Test func originalFullURLIsAppendedAsAnIdentifier() throws {
        let (result, _) = try convert("transaction-urn-uuid.json")

        let patient = try #require(result.resources(ofType: "Patient").first)
        #expect(
            patient["identifier"] == [
                .object(["system": "https://github.com/synthetichealth/synthea", "value": "p-0001"]),
                .object(["system": "urn:ietf:rfc:3986", "value": "urn:uuid:0b6f0c3e-1d2a-4c1e-9a51-5d1f6b0c0001"]),
            ]
        )
    }

    @Test func entryWithoutFullURLKeepsItsTypeAndID() throws {
        let (result, _) = try convert("collection-relative.json")

        let practitioner = try #require(result.resources(ofType: "Practitioner").first)
        let original: JSONValue = .object(["system": "urn:athena-sandbox:original-id", "value": "Practitioner/dr-1"])
        #expect(practitioner["identifier"] == [original])
    }

    @Test func provenanceGetsNoIdentifierBecauseR4GivesItNone() throws {
        let (result, _) = try convert("transaction-urn-uuid.json")

        let provenance = try #require(result.resources(ofType: "Provenance").first)
        #expect(provenance["identifier"] == nil)
    }

    @Test func idsAreAllocatedPerKindInEntryOrder() throws {
        let (result, allocator) = try convert("transaction-urn-uuid.json")

        #expect(allocator.requests == ["E", "ORG", "Provider", "ENC", "OBS", "DRP", "PRV"])
        #expect(result.resources.compactMap { $0["id"]?.stringValue }.allSatisfy { AthenaID.isValid($0) })
        #expect(result.patientIDs == ["a-195900.E-1"])
    }

    @Test func idsNameTheConfiguredPractice() throws {
        let (result, _) = try convert("transaction-conditional.json", practiceID: 1959)

        #expect(result.patientIDs == ["a-1959.E-1"])
        #expect(result.resources.allSatisfy { $0["id"]?.stringValue?.hasPrefix("a-1959.") == true })
    }

    @Test func everyServedTypeButPatientHasAnIDKind() {
        let kindless = ServedResourceTypes.all.filter { AthenaID.kindByType[$0] == nil }

        #expect(kindless == ["Patient"])
    }
}
