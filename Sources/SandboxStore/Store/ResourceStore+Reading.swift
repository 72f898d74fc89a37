/// Reading and searching resources.
extension ResourceStore {
    /// The current version of one resource, or `nil` when there is none.
    ///
    /// This is the hottest call in the sandbox: one cached statement on a pooled connection,
    /// one row, and the JSON bytes copied out untouched.
    ///
    /// - Throws: ``DatabaseError``.
    package func read(type: String, id: String) throws -> StoredResource? {
        try withReader { connection in
            let statement = try connection.cachedStatement(
                sql: "SELECT version_id, last_updated, patient_id, json FROM resource WHERE type = ? AND id = ?"
            )
            return try statement.fetchOne([.text(type), .text(id)]) { row in
                StoredResource(
                    type: type,
                    id: id,
                    versionID: Int(row.int64(at: 0)),
                    lastUpdated: row.string(at: 1) ?? "",
                    patientID: row.string(at: 2),
                    json: row.bytes(at: 3)
                )
            }
        }
    }

    /// One page of the resources that match `query`, in position order.
    ///
    /// The page starts at ``ResourceQuery/startPosition`` (inclusive) and holds at most
    /// ``ResourceQuery/limit`` matches; to get the next page, start one past the last match's
    /// position. Resources written between pages do not move the pages already read.
    ///
    /// What a search reads depends on its shape (see ``QueryCompiler``): with a
    /// ``ResourceQuery/patientID``, that patient's resources of the type; otherwise, with a
    /// condition that pins one parameter to one exact value (`patient`, `identifier`, a single
    /// `code`), that value's index rows; otherwise every resource of the type until the page is
    /// full. A search whose only conditions are prefixes, ranges or several values, over a large
    /// type with few matches, is the slow case.
    ///
    /// - Throws: ``DatabaseError``.
    package func search(_ query: ResourceQuery) throws -> [StoredMatch] {
        let compiled = QueryCompiler.search(query)
        return try withReader { connection in
            try connection.cachedStatement(sql: compiled.sql).fetchAll(compiled.bindings, row: Self.match)
        }
    }

    /// How many resources match `query`, ignoring its start position and limit.
    ///
    /// - Throws: ``DatabaseError``.
    package func count(_ query: ResourceQuery) throws -> Int {
        let compiled = QueryCompiler.count(query)
        return try withReader { connection in
            let statement = try connection.cachedStatement(sql: compiled.sql)
            return try statement.fetchOne(compiled.bindings) { Int($0.int64(at: 0)) } ?? 0
        }
    }

    /// Decodes a row selected with ``QueryCompiler/resourceColumns``.
    private static func match(from row: Statement) -> StoredMatch {
        StoredMatch(
            position: row.int64(at: 0),
            resource: StoredResource(
                type: row.string(at: 1) ?? "",
                id: row.string(at: 2) ?? "",
                versionID: Int(row.int64(at: 3)),
                lastUpdated: row.string(at: 4) ?? "",
                patientID: row.string(at: 5),
                json: row.bytes(at: 6)
            )
        )
    }
}
