import CSQLite

/// Grouping statements so they take effect together or not at all.
extension DatabaseConnection {
    /// How a transaction takes its lock.
    package enum TransactionKind: String, Sendable {
        /// Takes no lock until the first read or write.
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so a write never fails half-way for want of it.
        case immediate = "IMMEDIATE"
    }

    /// Runs `body` inside a transaction: commits when it returns, rolls back when it throws.
    ///
    /// Writes use `.immediate` (the default): in WAL mode a deferred transaction that reads
    /// first and then writes can fail with `SQLITE_BUSY_SNAPSHOT` if another connection wrote
    /// in between; taking the lock up front makes it wait for the busy timeout instead.
    ///
    /// - Parameters:
    ///   - kind: How the transaction takes its lock.
    ///   - body: The work; it runs on this connection and must not begin its own transaction.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws, after rolling back, or ``DatabaseError`` from `BEGIN` or
    ///   `COMMIT`.
    package func inTransaction<Result>(
        _ kind: TransactionKind = .immediate,
        _ body: () throws -> Result
    ) throws -> Result {
        try cachedStatement(sql: "BEGIN \(kind.rawValue) TRANSACTION").execute()
        do {
            let result = try body()
            try cachedStatement(sql: "COMMIT TRANSACTION").execute()
            return result
        } catch {
            rollBackIfNeeded()
            throw error
        }
    }

    /// Whether a transaction is open.
    ///
    /// [`sqlite3_get_autocommit`](https://www.sqlite.org/c3ref/get_autocommit.html): "Autocommit
    /// mode is on by default. Autocommit mode is disabled by a BEGIN statement. Autocommit mode
    /// is re-enabled by a COMMIT or ROLLBACK."
    package var isInTransaction: Bool {
        sqlite3_get_autocommit(handle) == 0
    }

    /// Rolls back the open transaction, if SQLite has not already done so.
    ///
    /// Some failures (a full disk, an interrupted statement) roll back on their own; a second
    /// `ROLLBACK` would then fail, so it runs only while a transaction is still open. Its own
    /// failure is not thrown: the caller is already reporting the error that caused it.
    private func rollBackIfNeeded() {
        guard isInTransaction else { return }
        try? cachedStatement(sql: "ROLLBACK TRANSACTION").execute()
    }
}
