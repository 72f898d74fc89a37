import SandboxSupport
import Seeding
import Testing

@Suite struct ImportSkippingTests {
    private func convert(_ name: String) throws -> ImportedBundle {
        var importer = CountingAllocator().makeImporter()
        return try importer.convert(fileName: name, bytes: ImportFiles.fixture(name))
    }

    private func original(_ suffix: String) -> String {
        "urn:uuid:9a1d3b52-7c44-4f0e-8e2a-6b5c4d0000\(suffix)"
    }

    @Test func typesAthenaOneDoesNotServeAreSkippedWithTheReason() throws {
        let result = try convert("transaction-urn-uuid.json")

        #expect(
            result.skipped == [
                SkippedEntry(
                    type: "Claim",
                    originalID: "0b6f0c3e-1d2a-4c1e-9a51-5d1f6b0c0006",
                    reason: "athenaOne does not serve Claim"
                ),
                SkippedEntry(
                    type: "ImagingStudy",
                    originalID: "0b6f0c3e-1d2a-4c1e-9a51-5d1f6b0c0007",
                    reason: "athenaOne does not serve ImagingStudy"
                ),
            ]
        )
        #expect(result.loaded["Claim"] == nil)
        #expect(result.loaded.values.reduce(0, +) == 7)
    }

    @Test func optionalReferenceToASkippedEntryIsRemovedWithItsElement() throws {
        let result = try convert("transaction-urn-uuid.json")

        let report = try #require(result.resources(ofType: "DiagnosticReport").first)
        #expect(report["imagingStudy"] == nil)
        #expect(report["result"] == [.object(["display": "Body Height", "reference": "Observation/a-195900.OBS-1"])])
    }

    @Test func provenanceKeepsOnlyTheTargetsThatAreImported() throws {
        let result = try convert("transaction-urn-uuid.json")

        let provenance = try #require(result.resources(ofType: "Provenance").first)
        #expect(
            provenance["target"] == [
                .object(["reference": "Patient/a-195900.E-1"]),
                .object(["reference": "Encounter/a-195900.ENC-1"]),
            ]
        )
    }

    @Test func requiredReferenceToASkippedEntrySkipsTheResource() throws {
        let result = try convert("batch-required-references.json")

        let goal = try #require(result.skipped.first { $0.type == "Goal" })
        #expect(goal.reason == "its required element subject refers only to resources that are not imported")
        #expect(result.loaded["Goal"] == nil)
    }

    @Test func skippingCascadesToReferencesOfTheSkippedResource() throws {
        let result = try convert("batch-required-references.json")

        let carePlan = try #require(result.resource(original: original("04")))
        #expect(carePlan["goal"] == nil)
        #expect(carePlan["subject"] == .object(["reference": "Patient/a-195900.E-1"]))
        let provenance = try #require(result.skipped.first { $0.originalID.hasSuffix("0009") })
        #expect(provenance.reason == "its required element target refers only to resources that are not imported")
    }

    @Test func provenanceThatLosesItsOnlyAgentIsSkipped() throws {
        let result = try convert("batch-required-references.json")

        let provenance = try #require(result.skipped.first { $0.originalID.hasSuffix("0011") })
        #expect(provenance.reason == "its required element agent refers only to resources that are not imported")
        let kept = result.resources(ofType: "Provenance")
        #expect(kept.count == 1)
        #expect(kept.first?["target"] == [.object(["reference": "Patient/a-195900.E-1"])])
    }

    @Test func backboneElementLosingARequiredReferenceIsRemoved() throws {
        let result = try convert("batch-required-references.json")

        // The first performer's actor is a PractitionerRole; its function alone is not a performer.
        let immunization = try #require(result.resources(ofType: "Immunization").first)
        let actor: JSONValue = .object(["reference": "Practitioner/a-195900.Provider-1"])
        #expect(immunization["performer"] == [.object(["actor": actor])])
    }

    @Test func elementLeftEmptyByAnOptionalReferenceIsRemoved() throws {
        let result = try convert("batch-required-references.json")

        let encounter = try #require(result.resources(ofType: "Encounter").first)
        #expect(encounter["participant"] == [.object(["type": [.object(["text": "attender"])]])])
    }

    @Test func extensionLeftWithoutItsValueIsRemoved() throws {
        let result = try convert("batch-required-references.json")

        let patient = try #require(result.resources(ofType: "Patient").first)
        #expect(patient["extension"] == nil)
    }

    @Test(arguments: ["transaction-urn-uuid.json", "batch-required-references.json", "transaction-conditional.json"])
    func everyEntryIsEitherLoadedOrSkipped(name: String) throws {
        let result = try convert(name)
        let entries = try JSONValue.parse(ImportFiles.fixture(name))["entry"]?.listValue ?? []

        #expect(result.loaded.values.reduce(0, +) == result.resources.count)
        #expect(result.resources.count + result.skipped.count == entries.count)
    }
}
