import SandboxSupport
import Seeding
import Testing

@Suite struct ImportSharingTests {
    private let fixtureNames = [
        "transaction-urn-uuid.json",
        "transaction-conditional.json",
        "collection-relative.json",
        "batch-required-references.json",
        "hospital-information.json",
        "transaction-external-organization.json",
    ]

    @Test func organizationAndPractitionerSeenInAnEarlierFileAreImportedOnce() throws {
        var importer = CountingAllocator().makeImporter()
        let bytes = try ImportFiles.fixture("transaction-urn-uuid.json")

        let first = try importer.convert(fileName: "first.json", bytes: bytes)
        let second = try importer.convert(fileName: "second.json", bytes: bytes)

        #expect(first.loaded["Organization"] == 1)
        #expect(second.loaded["Organization"] == nil)
        #expect(second.loaded["Practitioner"] == nil)
        #expect(second.patientIDs == ["a-195900.E-2"])
        let encounter = try #require(second.resources(ofType: "Encounter").first)
        #expect(encounter["serviceProvider"]?["reference"] == "Organization/a-195900.ORG-1")
        #expect(encounter["participant"]?[0]?["individual"]?["reference"] == "Practitioner/a-195900.Provider-1")
        let merged = second.skipped.filter { $0.type == "Organization" }.map(\.reason)
        #expect(merged == ["same Organization as Organization/a-195900.ORG-1, which is imported once"])
    }

    @Test func repeatedOrganizationWithinOneBundleIsImportedOnce() throws {
        var importer = CountingAllocator().makeImporter()
        let organization = #"{"resourceType": "Organization", "identifier": [{"system": "urn:s", "value": "o"}]"#
        let text =
            #"{"resourceType": "Bundle", "type": "collection", "entry": ["#
            + #"{"fullUrl": "urn:uuid:a", "resource": \#(organization), "id": "a"}},"#
            + #"{"fullUrl": "urn:uuid:b", "resource": \#(organization), "id": "b"}},"#
            + #"{"resource": {"resourceType": "Patient", "id": "p", "#
            + #""managingOrganization": {"reference": "urn:uuid:b"}}}"#
            + "]}"

        let result = try importer.convert(fileName: "repeat.json", bytes: Array(text.utf8))

        #expect(result.loaded["Organization"] == 1)
        let patient = try #require(result.resources(ofType: "Patient").first)
        #expect(patient["managingOrganization"]?["reference"] == "Organization/a-195900.ORG-1")
    }

    @Test func separateImportersShareNothing() throws {
        let bytes = try ImportFiles.fixture("transaction-urn-uuid.json")
        let allocator = CountingAllocator()
        var first = allocator.makeImporter()
        var second = allocator.makeImporter()

        _ = try first.convert(fileName: "a.json", bytes: bytes)
        let result = try second.convert(fileName: "b.json", bytes: bytes)

        #expect(result.resources(ofType: "Organization").first?["id"] == "a-195900.ORG-2")
    }

    @Test func sameFilesInTheSameOrderGiveIdenticalOutput() throws {
        func run() throws -> [[UInt8]] {
            var importer = CountingAllocator().makeImporter()
            return try fixtureNames.flatMap { name in
                try importer.convert(fileName: name, bytes: ImportFiles.fixture(name)).resources.map {
                    $0.canonicalBytes()
                }
            }
        }

        let first = try run()
        #expect(first.count > 20)
        #expect(try run() == first)
    }
}
