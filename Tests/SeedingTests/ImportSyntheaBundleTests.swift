import Athena
import Foundation
import SandboxSupport
import Seeding
import Testing

/// Synthea's sample patient bundles, read from the shared reference folder beside the package.
///
/// These tests are skipped where that folder is absent (a checkout without it): the fixture
/// tests cover the same rules on small bundles.
@Suite(.enabled(if: ImportFiles.hasSynthea, "Synthea sample bundles are not beside the package"))
struct ImportSyntheaBundleTests {
    @Test(arguments: ImportFiles.syntheaNames)
    func convertsARealBundleIntoValidLinkedResources(name: String) throws {
        let bytes = try ImportFiles.syntheaBundle(name)
        var importer = CountingAllocator().makeImporter()

        let result = try importer.convert(fileName: name, bytes: bytes)

        #expect(result.resources.count + result.skipped.count == (try entryCount(bytes)))
        #expect(result.loaded.values.reduce(0, +) == result.resources.count)
        #expect(result.patientIDs.count == 1)
        #expect(result.resources.allSatisfy { AthenaID.isValid($0["id"]?.stringValue ?? "") })
        #expect(result.resources.allSatisfy { $0["meta"] == nil })
        let unresolved = result.resources.flatMap(allReferences).filter { result.byReference[$0] == nil }
        #expect(unresolved.isEmpty)
        #expect(result.skipped.allSatisfy { $0.reason == "athenaOne does not serve \($0.type)" })
    }

    @Test func allBundlesThroughOneImporterShareHospitalsAndClinicians() throws {
        func run() throws -> [JSONValue] {
            var importer = CountingAllocator().makeImporter()
            return try ImportFiles.syntheaNames.flatMap { name in
                try importer.convert(fileName: name, bytes: ImportFiles.syntheaBundle(name)).resources
            }
        }

        let resources = try run()

        let hospitals = resources.filter { $0["name"] == "MARLBOROUGH HOSPITAL" }
        #expect(hospitals.count == 1)
        let ids = Set(resources.map { "\($0["resourceType"]?.stringValue ?? "")/\($0["id"]?.stringValue ?? "")" })
        #expect(ids.count == resources.count)
        #expect(resources.flatMap(allReferences).allSatisfy(ids.contains))
        // The same files in the same order give the same bytes.
        #expect(try run().map { $0.canonicalBytes() } == resources.map { $0.canonicalBytes() })
    }

    /// How many entries a bundle file has, counted by Foundation's own JSON reader.
    private func entryCount(_ bytes: [UInt8]) throws -> Int {
        let bundle = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        return (bundle?["entry"] as? [Any])?.count ?? 0
    }
}
