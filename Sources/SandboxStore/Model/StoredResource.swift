/// One resource as the store keeps it: its canonical JSON bytes and the facts needed to find it.
///
/// The store never looks inside ``json``; a read hands the bytes back exactly as written.
package struct StoredResource: Sendable, Hashable {
    /// The FHIR resource type, such as `Patient`.
    package var type: String
    /// The logical id, unique within ``type``.
    package var id: String
    /// The version, starting at 1 and raised by one on every write of the same resource.
    package var versionID: Int
    /// When the version was written: a FHIR instant with its offset, such as
    /// `2026-01-05T09:30:00.000-05:00`.
    package var lastUpdated: String
    /// The id of the patient whose compartment holds this resource (the Patient's own id for a
    /// Patient), or `nil` for shared resources such as Practitioner.
    package var patientID: String?
    /// The canonical JSON bytes.
    package var json: [UInt8]

    package init(type: String, id: String, versionID: Int, lastUpdated: String, patientID: String?, json: [UInt8]) {
        self.type = type
        self.id = id
        self.versionID = versionID
        self.lastUpdated = lastUpdated
        self.patientID = patientID
        self.json = json
    }
}

/// A resource and the search-index rows extracted from it, written together in one transaction.
package struct ResourceWrite: Sendable {
    package var resource: StoredResource
    package var index: [IndexEntry]

    package init(resource: StoredResource, index: [IndexEntry]) {
        self.resource = resource
        self.index = index
    }
}
