import CSQLite

/// Copying a whole database from one connection to another with SQLite's online backup API.
extension DatabaseConnection {
    /// Replaces this connection's database with a page-by-page copy of `source`'s.
    ///
    /// The copy runs in one [`sqlite3_backup_step`](https://www.sqlite.org/c3ref/backup_finish.html)
    /// call with N = -1: "If N is negative, all remaining source pages are copied." Copying
    /// everything in one step reads the source inside a single read transaction, so the copy
    /// is a consistent snapshot even while other connections write to the source.
    ///
    /// The destination must not be inside a transaction: "A call to sqlite3_backup_init() will
    /// fail, returning NULL, if there is already a read or read-write transaction open on the
    /// destination database."
    ///
    /// - Parameter source: The connection to copy from; it must be a different connection.
    /// - Throws: ``DatabaseError`` with the code of the failing backup call, such as
    ///   `SQLITE_READONLY` when this connection is read-only.
    func copyContents(of source: DatabaseConnection) throws {
        precondition(!isClosed && !source.isClosed, "database connection used after close")
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
            throw DatabaseError.lastError(of: handle, code: sqlite3_extended_errcode(handle))
        }
        let stepCode = sqlite3_backup_step(backup, -1)

        // sqlite3_backup_finish reports any step failure again and releases the backup in
        // every case, so it runs before the step result is judged.
        let finishCode = sqlite3_backup_finish(backup)
        guard stepCode == SQLITE_DONE else {
            throw DatabaseError.lastError(of: handle, code: stepCode)
        }
        guard finishCode == SQLITE_OK else {
            throw DatabaseError.lastError(of: handle, code: finishCode)
        }
    }
}
