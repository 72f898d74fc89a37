import Athena
import SandboxSupport

/// Turns FHIR bundles (Synthea's patient files among them) into athenaOne-shaped resources for
/// one practice.
///
/// The importer is pure: it reads bytes and returns resources, and the caller stores them. Ids
/// come from the caller's allocator so that they never collide with what the store holds.
///
/// Each kept resource:
/// - gets a new athenaOne id (`a-195900.E-12` for a patient, `a-195900.OBS-40` for an
///   Observation), its original id kept as an identifier (see ``OriginalIdentifier``);
/// - has every reference rewritten to the new `Type/id`, and references to entries that are not
///   imported taken out (see ``ReferencePruner``);
/// - loses `meta` entirely (the loading layer stamps its own version, time and practice tag),
///   and keeps everything else, narrative `text` included.
///
/// Entries of types athenaOne does not serve are skipped. Organizations, Practitioners and
/// Locations are shared reference data: one value of the importer, reused across files, keeps
/// one copy of each, recognised by identifier.
///
/// The same files in the same order with the same allocator give the same output.
package struct BundleImporter {
    /// Settings for an import.
    package struct Configuration: Sendable {
        /// The practice whose ids the new resources carry.
        package var practiceID: Int

        package init(practiceID: Int = 195900) {
            self.practiceID = practiceID
        }
    }

    let configuration: Configuration
    let allocateNumber: (String) -> Int
    var registry = SharedResourceRegistry()

    /// Makes an importer.
    ///
    /// - Parameters:
    ///   - configuration: The practice to import into.
    ///   - allocateNumber: Returns the next unused number for an id kind: `"E"` for patients, or
    ///     a kind from ``AthenaID/kindByType``. The caller backs it with the store.
    package init(configuration: Configuration = Configuration(), allocateNumber: @escaping (String) -> Int) {
        self.configuration = configuration
        self.allocateNumber = allocateNumber
    }

    /// Converts one file's bytes.
    ///
    /// Nothing is allocated and nothing is remembered when the file fails. A successful call
    /// remembers the file's shared resources for later files; a caller that then fails to store
    /// the result can go back to a copy of the importer taken before the call.
    ///
    /// - Parameters:
    ///   - fileName: How errors name the file.
    ///   - bytes: The file's contents: a transaction, batch or collection Bundle.
    /// - Throws: ``ImportError`` when the bytes are not JSON, not a Bundle, a bundle of a type
    ///   that is not imported (such as searchset or history), hold an entry without a resource,
    ///   or a kept resource holds a reference that cannot be resolved.
    /// - Returns: The converted resources and an account of the entries left out.
    package mutating func convert(fileName: String, bytes: [UInt8]) throws(ImportError) -> ImportedBundle {
        let entries = try BundleReader.entries(fileName: fileName, bytes: bytes)
        let plan = try ImportPlan(fileName: fileName, entries: entries, registry: registry)
        let newIDs = allocateIDs(for: plan)
        return assemble(plan, newIDs: newIDs)
    }

    /// New ids for the kept entries, by position, allocated in entry order.
    private func allocateIDs(for plan: ImportPlan) -> [Int: String] {
        var ids: [Int: String] = [:]
        for entry in plan.entries where plan.isKept(entry.position) {
            ids[entry.position] = makeID(type: entry.type)
        }
        return ids
    }

    private func makeID(type: String) -> String {
        let practiceID = configuration.practiceID
        if type == "Patient" {
            return AthenaID.patient(practice: practiceID, number: allocateNumber("E"))
        }
        guard let kind = AthenaID.kindByType[type] else { fatalError("served type \(type) has no id kind") }
        return AthenaID.resource(practice: practiceID, kind: kind, number: allocateNumber(kind))
    }
}
