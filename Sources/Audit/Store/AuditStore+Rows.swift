import SandboxStore

/// Turning entries into rows and back.
extension AuditStore {
    /// The columns every query reads, in the order ``entry(from:)`` expects.
    static let columns = """
        sequence, request_id, simulated_time, wall_time, client_id, actor, method, path, family, \
        resource_type, resource_id, patient_id, scopes, status, latency_us, fault_rule_id, deprecation_id, note
        """

    static let insertSQL = """
        INSERT INTO audit_entry (request_id, simulated_time, wall_time, client_id, actor, method, path, family, \
        resource_type, resource_id, patient_id, scopes, status, latency_us, fault_rule_id, deprecation_id, note) \
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The values of ``insertSQL``'s placeholders for `entry`.
    static func bindings(of entry: AuditEntry) -> [DatabaseValue] {
        [
            .text(entry.requestID), .integer(entry.simulatedTime), .integer(entry.wallTime),
            .text(entry.clientID), .text(entry.actor), .text(entry.method), .text(entry.path),
            .text(entry.family), .text(entry.resourceType), .text(entry.resourceID), .text(entry.patientID),
            .text(entry.scopes), .integer(Int64(entry.status)), .integer(entry.latencyMicroseconds),
            .text(entry.faultRuleID), .text(entry.deprecationID), .text(entry.note),
        ]
    }

    /// The entry in the statement's current row, read from ``columns``.
    static func entry(from row: Statement) -> AuditEntry {
        var entry = AuditEntry(
            requestID: row.string(at: 1) ?? "",
            simulatedTime: row.int64(at: 2),
            wallTime: row.int64(at: 3),
            method: row.string(at: 6) ?? "",
            path: row.string(at: 7) ?? "",
            family: row.string(at: 8) ?? "",
            status: Int(row.int64(at: 13)),
            latencyMicroseconds: row.int64(at: 14),
            clientID: row.string(at: 4),
            actor: row.string(at: 5),
            resourceType: row.string(at: 9),
            resourceID: row.string(at: 10),
            patientID: row.string(at: 11),
            scopes: row.string(at: 12),
            faultRuleID: row.string(at: 15),
            deprecationID: row.string(at: 16),
            note: row.string(at: 17)
        )
        entry.sequence = row.int64(at: 0)
        return entry
    }
}
