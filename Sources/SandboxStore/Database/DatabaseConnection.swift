import CSQLite

/// One open SQLite database connection and the statements prepared on it.
///
/// A connection is used by one thread at a time: it opens with `SQLITE_OPEN_NOMUTEX`, so SQLite
/// does no locking of its own, and the owner (``ResourceStore``'s writer mutex or reader pool)
/// guarantees exclusive use. After opening, ``setUp()`` applies the settings every connection
/// of the sandbox shares: a busy timeout, WAL journaling, `synchronous=NORMAL` and foreign keys.
///
/// ```swift
/// let connection = try DatabaseConnection(path: path)
/// try connection.inTransaction {
///     try connection.cachedStatement(sql: "DELETE FROM setting WHERE key = ?").execute([.text(key)])
/// }
/// ```
package final class DatabaseConnection {
    /// How a connection opens.
    package struct Configuration: Sendable {
        /// Open without write access; such a connection never changes the file or its mode.
        package var isReadOnly: Bool
        /// Switch a writable file to WAL journaling. Off only for a file written once and then
        /// closed, such as a snapshot copy, where a rollback journal writes each page once
        /// instead of twice (to the log, then to the file).
        package var usesWriteAheadLog: Bool
        /// How long a call waits for another connection's lock before failing with
        /// `SQLITE_BUSY`.
        package var busyTimeoutMilliseconds: Int32
        /// How many prepared statements ``cachedStatement(sql:)`` keeps.
        package var statementCacheCapacity: Int

        package init(
            isReadOnly: Bool = false,
            usesWriteAheadLog: Bool = true,
            busyTimeoutMilliseconds: Int32 = 5_000,
            statementCacheCapacity: Int = 256
        ) {
            self.isReadOnly = isReadOnly
            self.usesWriteAheadLog = usesWriteAheadLog
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.statementCacheCapacity = statementCacheCapacity
        }
    }

    /// The database file's path.
    package let path: String
    package let configuration: Configuration
    /// The `sqlite3*`; valid until ``close()`` succeeds or the connection is released.
    let handle: OpaquePointer
    /// Whether ``close()`` has succeeded; a closed connection must not be used again.
    package private(set) var isClosed = false
    private var statementCache: [String: Statement] = [:]

    /// Opens the file at `path`, creating it unless the configuration is read-only, and sets
    /// the connection up.
    ///
    /// - Throws: ``DatabaseError`` from opening (such as `SQLITE_CANTOPEN`) or from setup.
    package init(path: String, configuration: Configuration = Configuration()) throws {
        self.path = path
        self.configuration = configuration
        handle = try Self.openConnection(path: path, isReadOnly: configuration.isReadOnly)
        do {
            try setUp()
        } catch {
            sqlite3_close_v2(handle)
            isClosed = true
            throw error
        }
    }

    /// Releases the connection if ``close()`` did not.
    ///
    /// [`sqlite3_close_v2`](https://www.sqlite.org/c3ref/close.html) is used here because a
    /// statement could still be alive: it "marks the database connection as an unusable 'zombie'
    /// and makes arrangements to automatically deallocate the database connection after all
    /// prepared statements are finalized".
    deinit {
        guard !isClosed else { return }
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    // MARK: - Opening

    /// Opens the handle with explicit flags and releases it again on failure.
    ///
    /// [`sqlite3_open_v2`](https://www.sqlite.org/c3ref/open.html): "Whether or not an error
    /// occurs when it is opened, resources associated with the database connection handle
    /// should be released by passing it to sqlite3_close() when it is no longer required."
    ///
    /// - `SQLITE_OPEN_NOMUTEX`: "separate threads are allowed to use SQLite at the same time, as
    ///   long as each thread is using a different database connection"; our owners serialise
    ///   each connection.
    /// - `SQLITE_OPEN_EXRESCODE`: "The database connection comes up in 'extended result code
    ///   mode'", so every failure reports its extended code.
    private static func openConnection(path: String, isReadOnly: Bool) throws -> OpaquePointer {
        let access = isReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let flags = access | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError.lastError(of: handle, code: code)
            sqlite3_close(handle)
            throw error
        }
        return handle
    }

    /// Applies the per-connection settings.
    ///
    /// - [`sqlite3_busy_timeout`](https://www.sqlite.org/c3ref/busy_timeout.html) "sets a busy
    ///   handler that sleeps for a specified amount of time when a table is locked".
    /// - `journal_mode=WAL` is stored in the file, so only a writable connection sets it (unless
    ///   ``Configuration/usesWriteAheadLog`` is off); in WAL mode readers and the writer do not
    ///   block each other.
    /// - `synchronous=NORMAL` is safe in WAL mode: a power loss can lose the last commits but
    ///   never corrupts the file.
    /// - `foreign_keys=ON` makes deleting a resource delete its index rows.
    private func setUp() throws {
        let code = sqlite3_busy_timeout(handle, configuration.busyTimeoutMilliseconds)
        guard code == SQLITE_OK else {
            throw DatabaseError.lastError(of: handle, code: code)
        }
        if configuration.usesWriteAheadLog && !configuration.isReadOnly {
            try execute(sql: "PRAGMA journal_mode = WAL")
        }
        try execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")
    }

    // MARK: - Closing

    /// Finalizes the cached statements, then closes the connection.
    ///
    /// [`sqlite3_close`](https://www.sqlite.org/c3ref/close.html): "If the database connection is
    /// associated with unfinalized prepared statements, BLOB handlers, and/or unfinished
    /// sqlite3_backup objects then sqlite3_close() will leave the database connection open and
    /// return SQLITE_BUSY." Dropping the cache first leaves only statements a caller still holds.
    ///
    /// - Throws: ``DatabaseError`` with `SQLITE_BUSY` while a caller still holds a statement; the
    ///   connection then stays open.
    package func close() throws {
        guard !isClosed else { return }
        statementCache.removeAll()
        let code = sqlite3_close(handle)
        guard code == SQLITE_OK else {
            throw DatabaseError.lastError(of: handle, code: code)
        }
        isClosed = true
    }

    // MARK: - Statements

    /// Runs one or more SQL statements that take no bound values, such as schema changes.
    ///
    /// [`sqlite3_exec`](https://www.sqlite.org/c3ref/exec.html) runs each statement in turn and
    /// stops at the first failure; rows that a statement returns are discarded.
    ///
    /// - Parameter sql: SQL text with no `?` placeholders. Never build it from user data.
    /// - Throws: ``DatabaseError`` from the first statement that fails.
    package func execute(sql: String) throws {
        precondition(!isClosed, "database connection used after close")
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError.lastError(of: handle, code: code, sql: sql)
        }
    }

    /// Prepares a new statement that the caller owns.
    ///
    /// - Throws: ``DatabaseError`` when the SQL does not compile.
    package func prepare(sql: String) throws -> Statement {
        precondition(!isClosed, "database connection used after close")
        return try Statement(connection: handle, sql: sql)
    }

    /// Returns the cached statement for `sql`, preparing and caching it the first time.
    ///
    /// The cache is keyed by the exact SQL text, which is why queries bind their values instead
    /// of spelling them out: one text serves every value. When the cache is full an arbitrary
    /// entry is dropped; a caller still using it keeps it alive.
    ///
    /// - Throws: ``DatabaseError`` when the SQL does not compile.
    package func cachedStatement(sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            return statement
        }
        let statement = try prepare(sql: sql)
        if statementCache.count >= configuration.statementCacheCapacity, let key = statementCache.keys.first {
            statementCache[key] = nil
        }
        statementCache[sql] = statement
        return statement
    }

    /// How many statements the cache holds.
    var cachedStatementCount: Int {
        statementCache.count
    }

    /// The number of rows the last finished `INSERT`, `UPDATE` or `DELETE` changed.
    ///
    /// [`sqlite3_changes64`](https://www.sqlite.org/c3ref/changes.html) counts only rows the
    /// statement itself changed, not rows removed by a foreign-key cascade.
    package var changedRowCount: Int {
        Int(sqlite3_changes64(handle))
    }
}

/// A connection is owned by one thread at a time; owners move it between threads under a lock.
@available(*, unavailable)
extension DatabaseConnection: Sendable {}
