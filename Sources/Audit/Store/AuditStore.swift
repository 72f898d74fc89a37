import SandboxStore
import Synchronization

/// The audit log's own SQLite file: one `audit_entry` row per recorded request.
///
/// The file is separate from the resource database (the app keeps it beside that as
/// `<db>.audit.sqlite`), so resetting the sandbox's data leaves the evidence of what happened
/// before the reset. It is in WAL mode: one connection writes, another reads, and a query sees
/// every batch committed before it began.
///
/// Sequences come from `INTEGER PRIMARY KEY AUTOINCREMENT`, so they only grow: after
/// ``clear()`` the next entry does not reuse a number a follower has already seen.
///
/// ```swift
/// let store = try AuditStore(path: databasePath + ".audit.sqlite")
/// try store.append(entries)
/// let errors = try store.entries(matching: AuditFilter(status: .inClass(4)))
/// ```
package final class AuditStore: Sendable {
    /// The database file's path.
    package let path: String
    private let writer: Mutex<DatabaseConnection>
    private let reader: Mutex<DatabaseConnection>

    /// Opens the file at `path`, creating it if needed, and brings its schema up to date.
    ///
    /// - Throws: `DatabaseError` when the file cannot be opened or migrated, including a file
    ///   written by a newer build.
    package init(path: String) throws {
        let writeConnection = try DatabaseConnection(path: path)
        try Migrator(migrations: Self.migrations).migrate(writeConnection)
        let readConnection = try DatabaseConnection(
            path: path,
            configuration: DatabaseConnection.Configuration(isReadOnly: true)
        )
        self.path = path
        writer = Mutex(writeConnection)
        reader = Mutex(readConnection)
    }

    /// Writes `entries` in one transaction, in order; each gets the next sequence.
    ///
    /// - Throws: `DatabaseError`; then none of the entries is written.
    package func append(_ entries: [AuditEntry]) throws {
        guard !entries.isEmpty else { return }
        try writer.withLock { connection in
            try connection.inTransaction {
                let statement = try connection.cachedStatement(sql: Self.insertSQL)
                for entry in entries {
                    try statement.execute(Self.bindings(of: entry))
                }
            }
        }
    }

    /// The entries `filter` selects, in ascending sequence order.
    ///
    /// - Throws: `DatabaseError`.
    package func entries(matching filter: AuditFilter) throws -> [AuditEntry] {
        let query = AuditQuery(filter: filter)
        return try reader.withLock { connection in
            try connection.cachedStatement(sql: query.sql).fetchAll(query.bindings) { Self.entry(from: $0) }
        }
    }

    /// How many entries the file holds.
    package func count() throws -> Int {
        try reader.withLock { connection in
            try connection.cachedStatement(sql: "SELECT count(*) FROM audit_entry").fetchOne { Int($0.int64(at: 0)) }
                ?? 0
        }
    }

    /// Deletes every entry; sequences carry on from where they were.
    package func clear() throws {
        try writer.withLock { connection in
            try connection.cachedStatement(sql: "DELETE FROM audit_entry").execute()
        }
    }

    /// Closes both connections; the store must not be used afterwards.
    package func close() throws {
        try reader.withLock { try $0.close() }
        try writer.withLock { try $0.close() }
    }
}
