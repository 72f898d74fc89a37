package import SandboxSupport

/// Audit entries as a FHIR R4 `Bundle` of type `collection` holding one `AuditEvent` each.
package enum AuditBundle {
    /// The media type of the bundle.
    package static let contentType = "application/fhir+json"

    /// The bundle, entries in the order given. An empty list gives a bundle without `entry`,
    /// since FHIR JSON has no empty arrays.
    package static func make(from entries: [AuditEntry]) -> JSONValue {
        let bundleEntries: [JSONValue] = entries.map { entry in
            .object(["resource": AuditEventResource.make(from: entry)])
        }
        return .object([
            "resourceType": "Bundle",
            "type": "collection",
            "entry": bundleEntries.isEmpty ? nil : .array(bundleEntries),
        ])
    }

    /// The `AuditEvent` of one entry.
    package static func auditEvent(for entry: AuditEntry) -> JSONValue {
        AuditEventResource.make(from: entry)
    }
}
