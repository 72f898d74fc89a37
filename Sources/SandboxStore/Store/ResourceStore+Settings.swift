/// Small facts about the stored data, such as the seed it was made from.
extension ResourceStore {
    /// The value stored under `key`, or `nil` when there is none.
    ///
    /// - Throws: ``DatabaseError``.
    package func setting(_ key: String) throws -> String? {
        try withReader { connection in
            let statement = try connection.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?")
            return try statement.fetchOne([.text(key)]) { $0.string(at: 0) ?? "" }
        }
    }

    /// Stores `value` under `key`, replacing any earlier value.
    ///
    /// - Throws: ``DatabaseError``.
    package func setSetting(_ key: String, _ value: String) throws {
        try withWriter { connection in
            let statement = try connection.cachedStatement(
                sql: """
                    INSERT INTO setting (key, value) VALUES (?, ?) \
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """
            )
            try statement.execute([.text(key), .text(value)])
        }
    }

    /// How many resources of each type the store holds; types with none are absent.
    ///
    /// - Throws: ``DatabaseError``.
    package func resourceCounts() throws -> [String: Int] {
        try withReader { connection in
            let statement = try connection.cachedStatement(sql: "SELECT type, count(*) FROM resource GROUP BY type")
            let rows = try statement.fetchAll { ($0.string(at: 0) ?? "", Int($0.int64(at: 1))) }
            return Dictionary(uniqueKeysWithValues: rows)
        }
    }
}
