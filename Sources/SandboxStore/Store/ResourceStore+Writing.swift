/// Writing and deleting resources.
extension ResourceStore {
    /// Writes a batch of resources and their index rows in one transaction: all or nothing.
    ///
    /// Each resource is upserted by type and id. A new resource takes the next position; an
    /// existing one keeps its position and gets the given version, timestamp, patient and bytes,
    /// and its index rows are replaced by the new ones. A later write in a batch wins over an
    /// earlier one for the same resource.
    ///
    /// - Throws: ``DatabaseError``; nothing of the batch is stored then.
    package func write(_ writes: [ResourceWrite]) throws {
        try withWriter { connection in
            try connection.inTransaction {
                for write in writes {
                    try Self.upsert(write, on: connection)
                }
            }
        }
    }

    /// Deletes a resource and its index rows.
    ///
    /// - Returns: Whether the resource existed.
    /// - Throws: ``DatabaseError``.
    package func delete(type: String, id: String) throws -> Bool {
        try withWriter { connection in
            let statement = try connection.cachedStatement(sql: "DELETE FROM resource WHERE type = ? AND id = ?")
            try statement.execute([.text(type), .text(id)])
            return connection.changedRowCount > 0
        }
    }

    /// Deletes every resource, index row and setting, for reseeding.
    ///
    /// Positions start again at 1 afterwards, so reseeding an emptied store gives the same
    /// positions as seeding a new one.
    ///
    /// - Throws: ``DatabaseError``.
    package func removeAll() throws {
        try withWriter { connection in
            try connection.inTransaction {
                try connection.execute(sql: "DELETE FROM search_index; DELETE FROM resource; DELETE FROM setting")
            }
        }
    }

    /// Upserts one resource and replaces its index rows; runs inside the caller's transaction.
    ///
    /// `ON CONFLICT ... DO UPDATE` changes the existing row in place, so its rowid, the
    /// position, is kept (`INSERT OR REPLACE` would delete it and take a new one).
    private static func upsert(_ write: ResourceWrite, on connection: DatabaseConnection) throws {
        let resource = write.resource
        let upsert = try connection.cachedStatement(
            sql: """
                INSERT INTO resource (type, id, version_id, last_updated, patient_id, json) VALUES (?, ?, ?, ?, ?, ?) \
                ON CONFLICT (type, id) DO UPDATE SET version_id = excluded.version_id, \
                last_updated = excluded.last_updated, patient_id = excluded.patient_id, json = excluded.json \
                RETURNING position
                """
        )
        let bindings: [DatabaseValue] = [
            .text(resource.type), .text(resource.id), .integer(Int64(resource.versionID)),
            .text(resource.lastUpdated), .text(resource.patientID), .blob(resource.json),
        ]
        guard let position = try upsert.fetchOne(bindings, row: { $0.int64(at: 0) }) else {
            fatalError("an upsert with RETURNING produced no row")
        }
        try replaceIndex(write.index, at: position, on: connection)
    }

    /// Deletes the resource's index rows and inserts `entries` in their place.
    private static func replaceIndex(
        _ entries: [IndexEntry],
        at position: Int64,
        on connection: DatabaseConnection
    ) throws {
        try connection.cachedStatement(sql: "DELETE FROM search_index WHERE position = ?").execute([.integer(position)])
        let insert = try connection.cachedStatement(
            sql: """
                INSERT INTO search_index (position, parameter, system, value, text, low, high) \
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        )
        for entry in entries {
            try insert.execute([
                .integer(position), .text(entry.parameter), .text(entry.system), .text(entry.value),
                .text(entry.text), .integer(entry.low), .integer(entry.high),
            ])
        }
    }
}
