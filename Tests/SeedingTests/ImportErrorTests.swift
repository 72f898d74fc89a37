import SandboxSupport
import Seeding
import Testing

@Suite struct ImportErrorTests {
    private func failure(_ name: String, _ text: String) -> ImportError? {
        var importer = CountingAllocator().makeImporter()
        return #expect(throws: ImportError.self) {
            try importer.convert(fileName: name, bytes: Array(text.utf8))
        }
    }

    private func bundle(type: String = "transaction", entries: String) -> String {
        #"{"resourceType": "Bundle", "type": "\#(type)", "entry": [\#(entries)]}"#
    }

    @Test func textThatIsNotJSONNamesTheFile() {
        let error = failure("notes.txt", "Patient: Ada")

        #expect(error?.code == .notJSON)
        #expect(error?.description.hasPrefix("notes.txt: not JSON") == true)
    }

    @Test func resourceThatIsNotABundleNamesTheFileAndWhatItFound() {
        let error = failure("patient.json", #"{"resourceType": "Patient", "id": "p1"}"#)

        #expect(error?.code == .notABundle)
        #expect(error?.description == "patient.json: not a FHIR Bundle (found a Patient)")
    }

    @Test func jsonArrayIsNotABundle() {
        let error = failure("list.json", "[1, 2]")

        #expect(error?.description == "list.json: not a FHIR Bundle (found a JSON array)")
    }

    @Test(arguments: ["searchset", "history", "document"])
    func bundleTypesThatAreViewsOfAServerAreRefused(type: String) {
        let error = failure("page.json", bundle(type: type, entries: ""))

        #expect(error?.code == .unsupportedBundleType)
        #expect(error?.message.hasPrefix("a \(type) bundle cannot be imported") == true)
    }

    @Test func bundleWithoutATypeIsRefused() {
        let error = failure("untyped.json", #"{"resourceType": "Bundle", "entry": []}"#)

        #expect(error?.code == .unsupportedBundleType)
    }

    @Test func entryWithoutAResourceIsRefusedByPosition() {
        let entries = #"{"resource": {"resourceType": "Patient", "id": "p1"}}, {"request": {"method": "DELETE"}}"#
        let error = failure("delete.json", bundle(entries: entries))

        #expect(error?.code == .malformedEntry)
        #expect(error?.description == "delete.json: entry 2 has no resource")
    }

    @Test func referenceToNothingInTheBundleNamesTheReferenceAndTheResource() {
        let entries =
            #"{"resource": {"resourceType": "Observation", "id": "o1", "status": "final", "#
            + #""code": {"text": "x"}, "subject": {"reference": "Patient/missing"}}}"#
        let error = failure("dangling.json", bundle(entries: entries))

        #expect(error?.code == .unresolvableReference)
        #expect(
            error?.description == "dangling.json: Observation o1 refers to Patient/missing, which is not in the bundle"
        )
    }

    @Test func conditionalReferenceOnOtherParametersIsRefused() {
        let entries =
            #"{"resource": {"resourceType": "Patient", "id": "p1", "#
            + #""managingOrganization": {"reference": "Organization?name=Example"}}}"#
        let error = failure("search.json", bundle(entries: entries))

        #expect(error?.code == .unresolvableReference)
        #expect(error?.message.contains("only identifier searches") == true)
    }

    @Test func referenceNamingTwoDifferentEntriesIsRefused() {
        let entries =
            #"{"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "p1"}}, "#
            + #"{"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "p2"}}, "#
            + #"{"resource": {"resourceType": "Goal", "id": "g1", "subject": {"reference": "urn:uuid:1"}}}"#
        let error = failure("twice.json", bundle(entries: entries))

        #expect(error?.message == "Goal g1 refers to urn:uuid:1, which names 2 different entries")
    }

    @Test func danglingReferenceInsideASkippedResourceIsIgnored() throws {
        var importer = CountingAllocator().makeImporter()
        let entries = #"{"resource": {"resourceType": "Claim", "id": "c1", "patient": {"reference": "Patient/x"}}}"#

        let result = try importer.convert(fileName: "claim.json", bytes: Array(bundle(entries: entries).utf8))
        #expect(result.resources.isEmpty)
        #expect(result.skipped.map(\.reason) == ["athenaOne does not serve Claim"])
    }

    @Test func failedFileAllocatesNothingAndLeavesTheImporterAsItWas() throws {
        let allocator = CountingAllocator()
        var importer = allocator.makeImporter()
        let broken =
            #"{"resource": {"resourceType": "Organization", "id": "o1", "#
            + #""identifier": [{"system": "https://github.com/synthetichealth/synthea", "value": "org-0002"}], "#
            + #""partOf": {"reference": "Organization/missing"}}}"#

        #expect(throws: ImportError.self) {
            try importer.convert(fileName: "broken.json", bytes: Array(bundle(entries: broken).utf8))
        }
        #expect(allocator.requests.isEmpty)
        let result = try importer.convert(
            fileName: "good.json",
            bytes: ImportFiles.fixture("transaction-urn-uuid.json")
        )
        #expect(result.resources(ofType: "Organization").first?["id"] == "a-195900.ORG-1")
    }
}
