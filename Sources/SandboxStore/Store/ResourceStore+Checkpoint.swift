/// Moving what the write-ahead log holds into the database file.
extension ResourceStore {
    /// Copies every committed page from the WAL into the main file and empties the WAL, so the
    /// `.sqlite` file alone holds the whole database (for copying it, or after a large seed).
    ///
    /// Runs [`PRAGMA wal_checkpoint(TRUNCATE)`](https://www.sqlite.org/pragma.html#pragma_wal_checkpoint),
    /// which "blocks (invokes the busy-handler callback) until there is no database writer and
    /// all readers are reading from the most recent database snapshot", then truncates the log.
    ///
    /// - Throws: ``DatabaseError``.
    package func checkpoint() throws {
        try withWriter { connection in
            try connection.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
