/// Checks over the whole database.
extension ResourceStore {
    /// A digest of every resource and index row, equal for two stores exactly when they hold
    /// the same rows at the same positions (barring a hash collision).
    ///
    /// Resources are read in position order and index rows in the order of all their columns,
    /// inside one read transaction so a concurrent write cannot fall between the two. Settings
    /// are not included. The result is 16 hex digits of ``ContentDigest``.
    ///
    /// - Throws: ``DatabaseError``.
    package func contentDigest() throws -> String {
        try withReader { connection in
            try connection.inTransaction(.deferred) {
                var digest = ContentDigest()
                for sql in Self.digestQueries {
                    try Self.feed(sql, on: connection, into: &digest)
                }
                return digest.hexDigest
            }
        }
    }

    /// Every row of the two tables, each in an order fixed by its values alone.
    private static let digestQueries = [
        "SELECT position, type, id, version_id, last_updated, patient_id, json FROM resource ORDER BY position",
        """
        SELECT position, parameter, system, value, text, low, high FROM search_index \
        ORDER BY position, parameter, system, value, text, low, high
        """,
    ]

    /// Whether SQLite finds the file sound (`PRAGMA integrity_check` reports only `ok`).
    ///
    /// - Throws: ``DatabaseError`` when the check cannot run at all.
    package func integrityCheck() throws -> Bool {
        try withReader { connection in
            let rows = try connection.prepare(sql: "PRAGMA integrity_check").fetchAll { $0.string(at: 0) ?? "" }
            return rows == ["ok"]
        }
    }

    private static func feed(_ sql: String, on connection: DatabaseConnection, into digest: inout ContentDigest) throws
    {
        let statement = try connection.prepare(sql: sql)
        try statement.bind([])
        defer { statement.reset() }
        while try statement.step() {
            for column in 0..<statement.columnCount {
                digest.combine(statement.value(at: column))
            }
        }
    }
}
