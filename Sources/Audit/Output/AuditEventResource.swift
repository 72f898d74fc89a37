import SandboxSupport

/// An audit entry as a FHIR R4 `AuditEvent` of type `rest`.
///
/// - `id` is `audit-<sequence>`, so the same log gives the same ids every time.
/// - `subtype` and `action` come from ``AuditInteraction``; `recorded` is the simulated time.
/// - `outcome` is `0` below 400, `4` (minor failure) for 4xx and `8` (serious failure) for
///   5xx; `outcomeDesc` gives the status.
/// - `agent` holds the client (the requestor) and, for a user or a patient, that person.
/// - `source.observer` is the sandbox.
/// - `entity` holds the resource addressed, the patient, and the request itself, whose
///   `detail` carries the request id, status, latency, scopes, fault rule and note.
enum AuditEventResource {
    static let auditEventType = "http://terminology.hl7.org/CodeSystem/audit-event-type"
    static let entityType = "http://terminology.hl7.org/CodeSystem/audit-entity-type"
    static let objectRole = "http://terminology.hl7.org/CodeSystem/object-role"
    static let observerName = "Athena Sandbox"

    /// The `AuditEvent` for `entry`.
    static func make(from entry: AuditEntry) -> JSONValue {
        let interaction = AuditInteraction(entry: entry)
        return .object([
            "resourceType": "AuditEvent",
            "id": .string("audit-\(entry.sequence)"),
            "type": coding(auditEventType, "rest", "RESTful Operation"),
            "subtype": interaction.code.map { .array([coding(interaction.system, $0, nil)]) },
            "action": .string(interaction.action),
            "recorded": .string(entry.recordedInstant),
            "outcome": .string(outcome(of: entry.status)),
            "outcomeDesc": .string("HTTP \(entry.status)"),
            "agent": .array(AuditEventAgents.make(from: entry)),
            "source": source,
            "entity": .array(entities(of: entry)),
        ])
    }

    /// `0` success, `4` minor failure (4xx), `8` serious failure (5xx).
    static func outcome(of status: Int) -> String {
        switch status {
        case 500...: "8"
        case 400..<500: "4"
        default: "0"
        }
    }

    /// A `Coding`; `display` is left out when nil.
    static func coding(_ system: String, _ code: String, _ display: String?) -> JSONValue {
        .object(["system": .string(system), "code": .string(code), "display": display.map { .string($0) }])
    }

    private static let source: JSONValue = .object([
        "observer": .object(["display": .string(observerName)]),
        "type": .array([
            coding("http://terminology.hl7.org/CodeSystem/security-source-type", "3", "Web Server")
        ]),
    ])
}
