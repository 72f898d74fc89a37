import SandboxStore

extension AuditStore {
    /// The audit file's migrations, oldest first. Its `user_version` counts these, not the
    /// resource database's.
    static let migrations: [Migration] = [auditEntries]

    /// Version 1: the `audit_entry` table and an index for each common filter.
    ///
    /// Every index ends in `sequence`, the order every query returns, so a filter on one
    /// column reads its rows already sorted.
    static let auditEntries = Migration(
        version: 1,
        name: "audit entries",
        sql: """
            CREATE TABLE audit_entry (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                request_id TEXT NOT NULL,
                simulated_time INTEGER NOT NULL,
                wall_time INTEGER NOT NULL,
                client_id TEXT,
                actor TEXT,
                method TEXT NOT NULL,
                path TEXT NOT NULL,
                family TEXT NOT NULL,
                resource_type TEXT,
                resource_id TEXT,
                patient_id TEXT,
                scopes TEXT,
                status INTEGER NOT NULL,
                latency_us INTEGER NOT NULL,
                fault_rule_id TEXT,
                deprecation_id TEXT,
                note TEXT
            );
            CREATE INDEX audit_entry_by_time ON audit_entry (simulated_time, sequence);
            CREATE INDEX audit_entry_by_client ON audit_entry (client_id, sequence);
            CREATE INDEX audit_entry_by_family ON audit_entry (family, sequence);
            CREATE INDEX audit_entry_by_status ON audit_entry (status, sequence);
            CREATE INDEX audit_entry_by_patient ON audit_entry (patient_id, sequence);
            CREATE INDEX audit_entry_by_request ON audit_entry (request_id, sequence);
            CREATE INDEX audit_entry_by_fault ON audit_entry (fault_rule_id, sequence);
            """
    )
}
