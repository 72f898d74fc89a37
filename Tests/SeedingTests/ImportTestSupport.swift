import Foundation
import SandboxSupport
import Seeding

/// Files the import tests read: fixture bundles beside the tests, and Synthea's sample
/// bundles in the shared reference folder when it is there.
enum ImportFiles {
    /// The package root, three levels above this file (`Tests/SeedingTests/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = packageRoot.appendingPathComponent("Tests/SeedingTests/Fixtures")

    /// Real Synthea patient bundles, kept read-only beside the package (never copied into it).
    static let synthea = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/reference/synthea")

    /// The Synthea bundle names, sorted; empty when the folder is absent.
    static let syntheaNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: synthea.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    static var hasSynthea: Bool { !syntheaNames.isEmpty }

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func syntheaBundle(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: synthea.appendingPathComponent(name)))
    }
}

/// Hands out 1, 2, 3, … per id kind, the way the store's counters would, and remembers every
/// request.
final class CountingAllocator {
    private(set) var requests: [String] = []
    private var next: [String: Int] = [:]

    func allocate(_ kind: String) -> Int {
        requests.append(kind)
        next[kind, default: 0] += 1
        return next[kind, default: 0]
    }

    /// An importer for practice 195900 backed by this allocator.
    func makeImporter() -> BundleImporter {
        BundleImporter(configuration: .init(practiceID: 195900)) { self.allocate($0) }
    }
}

/// Reading converted resources.
extension ImportedBundle {
    /// The resources keyed by `Type/id`.
    var byReference: [String: JSONValue] {
        var found: [String: JSONValue] = [:]
        for resource in resources {
            let type = resource["resourceType"]?.stringValue ?? ""
            let id = resource["id"]?.stringValue ?? ""
            found["\(type)/\(id)"] = resource
        }
        return found
    }

    /// The converted resources of one type, in order.
    func resources(ofType type: String) -> [JSONValue] {
        resources.filter { $0["resourceType"]?.stringValue == type }
    }

    /// The one resource whose original-id identifier is `original` (a fullUrl, or a
    /// `urn:athena-sandbox:original-id` value).
    func resource(original: String) -> JSONValue? {
        resources.first { resource in
            (resource["identifier"]?.listValue ?? []).contains { $0["value"]?.stringValue == original }
        }
    }
}

/// Every string member named `reference` in `value`, in document order.
func allReferences(in value: JSONValue) -> [String] {
    switch value {
    case .array(let elements):
        return elements.flatMap(allReferences)
    case .object(let members):
        return members.flatMap { member in
            if member.key == "reference", let reference = member.value.stringValue { return [reference] }
            return allReferences(in: member.value)
        }
    default:
        return []
    }
}
