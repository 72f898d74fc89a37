/// Settings that share a key prefix, such as every registered OAuth client.
extension ResourceStore {
    /// Every setting whose key starts with `prefix`, in key order.
    ///
    /// The keys are matched as a byte range (``PrefixRange``), so the lookup uses the
    /// primary-key index rather than a scan with `LIKE`, whose `%` and `_` would also need
    /// escaping.
    ///
    /// - Throws: ``DatabaseError``.
    package func settings(withPrefix prefix: String) throws -> [(key: String, value: String)] {
        let range = PrefixRange(prefix: prefix)
        return try withReader { connection in
            let statement: Statement
            var bindings: [DatabaseValue] = [.text(range.lowerBound)]
            if let upper = range.upperBound {
                statement = try connection.cachedStatement(
                    sql: "SELECT key, value FROM setting WHERE key >= ? AND key < ? ORDER BY key"
                )
                bindings.append(.text(upper))
            } else {
                statement = try connection.cachedStatement(
                    sql: "SELECT key, value FROM setting WHERE key >= ? ORDER BY key"
                )
            }
            return try statement.fetchAll(bindings) { (key: $0.string(at: 0) ?? "", value: $0.string(at: 1) ?? "") }
        }
    }

    /// Removes the setting stored under `key`; removing a key that is absent does nothing.
    ///
    /// - Throws: ``DatabaseError``.
    package func removeSetting(_ key: String) throws {
        try withWriter { connection in
            let statement = try connection.cachedStatement(sql: "DELETE FROM setting WHERE key = ?")
            try statement.execute([.text(key)])
        }
    }
}
