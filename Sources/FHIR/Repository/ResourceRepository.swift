package import SandboxStore
package import SandboxSupport

/// Writes resources to the store with their version, timestamp, compartment and index rows, and
/// reads them back.
///
/// Everything that lands in the store goes through here, so every stored resource carries
/// `meta.versionId` and `meta.lastUpdated` and has index rows for its type's parameters.
package struct ResourceRepository: Sendable {
    package let store: ResourceStore
    package let catalog: ResourceCatalog
    package let clock: SimulatedClock
    package let offsetMinutes: Int

    package init(store: ResourceStore, catalog: ResourceCatalog, clock: SimulatedClock, offsetMinutes: Int) {
        self.store = store
        self.catalog = catalog
        self.clock = clock
        self.offsetMinutes = offsetMinutes
    }

    /// Stores resources in one transaction, each as a new version.
    ///
    /// - Returns: What was stored, in order.
    /// - Throws: ``RepositoryError`` for a resource without a type the catalog knows or without an
    ///   id, and the store's `DatabaseError`; nothing is stored then.
    @discardableResult
    package func save(_ resources: [JSONValue]) throws -> [StoredResource] {
        let extractor = IndexExtractor(defaultOffsetMinutes: offsetMinutes)
        let lastUpdated = FHIRInstant.format(milliseconds: clock.now, offsetMinutes: offsetMinutes)
        var writes: [ResourceWrite] = []
        writes.reserveCapacity(resources.count)
        var batchPatients: [String: String] = [:]
        for var resource in resources {
            guard let type = resource["resourceType"]?.stringValue, let definition = catalog[type] else {
                throw RepositoryError.unknownType(resource["resourceType"]?.stringValue ?? "")
            }
            guard let id = resource["id"]?.stringValue else { throw RepositoryError.missingID(type) }
            let version = (try store.read(type: type, id: id)?.versionID ?? 0) + 1
            stampMeta(&resource, version: version, lastUpdated: lastUpdated)
            let index = extractor.entries(for: resource, definition: definition)
            let ownPatientID = Self.patientID(of: resource, type: type, index: index, definition: definition)
            var patientID = ownPatientID
            if patientID == nil {
                patientID = try sharedPatientID(index: index, definition: definition, batch: batchPatients)
            }
            batchPatients["\(type)/\(id)"] = patientID
            let stored = StoredResource(
                type: type,
                id: id,
                versionID: version,
                lastUpdated: lastUpdated,
                patientID: patientID,
                json: resource.canonicalBytes()
            )
            writes.append(ResourceWrite(resource: stored, index: index))
        }
        try store.write(writes)
        return writes.map(\.resource)
    }

    package func read(type: String, id: String) throws -> StoredResource? {
        try store.read(type: type, id: id)
    }

    private func stampMeta(_ resource: inout JSONValue, version: Int, lastUpdated: String) {
        var meta = resource["meta"] ?? .object([])
        meta.set("versionId", .string(String(version)))
        meta.set("lastUpdated", .string(lastUpdated))
        resource.set("meta", meta)
    }

    /// The compartment of the first target, for types that share their targets' compartment.
    private func sharedPatientID(
        index: [IndexEntry],
        definition: ResourceDefinition,
        batch: [String: String]
    ) throws -> String? {
        guard let parameter = definition.compartmentViaParameter else { return nil }
        for entry in index where entry.parameter == parameter {
            guard let type = entry.system, let id = entry.value else { continue }
            if type == "Patient" { return id }
            if let patient = batch["\(type)/\(id)"] { return patient }
            if let patient = try store.read(type: type, id: id)?.patientID { return patient }
        }
        return nil
    }

    private static func patientID(
        of resource: JSONValue,
        type: String,
        index: [IndexEntry],
        definition: ResourceDefinition
    ) -> String? {
        if type == "Patient" { return resource["id"]?.stringValue }
        guard let parameter = definition.compartmentParameter else { return nil }
        return index.first { $0.parameter == parameter && $0.system == "Patient" }?.value
    }
}

/// A resource the repository cannot store.
package struct RepositoryError: Error, Sendable, CustomStringConvertible {
    package let description: String

    static func unknownType(_ type: String) -> RepositoryError {
        RepositoryError(description: "the resource type '\(type)' is not one this server stores")
    }

    static func missingID(_ type: String) -> RepositoryError {
        RepositoryError(description: "a \(type) resource has no id")
    }
}
