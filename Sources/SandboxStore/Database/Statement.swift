import CSQLite

/// One compiled SQL statement, bound, stepped and reset as many times as needed.
///
/// A statement belongs to the ``DatabaseConnection`` that prepared it and is used only where
/// that connection is used. The usual cycle is bind, step until done, reset:
///
/// ```swift
/// let statement = try connection.cachedStatement(sql: "SELECT json FROM resource WHERE id = ?")
/// let json = try statement.fetchOne([.text(id)]) { $0.bytes(at: 0) }
/// ```
///
/// ``bind(_:)`` resets the statement and clears its old bindings first, so a statement from a
/// cache never runs with values left over from its last use.
package final class Statement {
    /// The SQL text the statement was prepared from.
    package let sql: String
    /// The `sqlite3_stmt*`, for the column readers in this module.
    let handle: OpaquePointer
    private let connection: OpaquePointer

    /// Compiles the first statement in `sql`.
    ///
    /// [`sqlite3_prepare_v3`](https://www.sqlite.org/c3ref/prepare.html): "If the input text
    /// contains no SQL (if the input is an empty string or a comment) then *ppStmt is set to
    /// NULL." That case is reported as `SQLITE_MISUSE`. The statement is prepared with
    /// `SQLITE_PREPARE_PERSISTENT` because it is kept in a cache and reused.
    ///
    /// - Throws: ``DatabaseError`` with the code SQLite returned, such as `SQLITE_ERROR` for a
    ///   syntax error.
    init(connection: OpaquePointer, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError.lastError(of: connection, code: code, sql: sql)
        }
        guard let handle else {
            throw DatabaseError.sqlite(.misuse, message: "no statement in SQL", sql: sql)
        }
        self.sql = sql
        self.handle = handle
        self.connection = connection
    }

    /// [`sqlite3_finalize`](https://www.sqlite.org/c3ref/finalize.html) releases the compiled
    /// program; its return code repeats the last step's failure, which was already thrown.
    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: - Running

    /// Moves to the next row.
    ///
    /// [`sqlite3_step`](https://www.sqlite.org/c3ref/step.html) returns `SQLITE_ROW` when a row
    /// is ready, `SQLITE_DONE` when the statement has finished, and an error code otherwise.
    ///
    /// - Returns: `true` when a row is ready to read, `false` when the statement is done.
    /// - Throws: ``DatabaseError`` carrying the extended result code of the failure.
    package func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        default:
            throw DatabaseError.lastError(of: connection, code: code, sql: sql)
        }
    }

    /// Returns the statement to its start and sets every placeholder back to `NULL`.
    ///
    /// [`sqlite3_reset`](https://www.sqlite.org/c3ref/reset.html) "does not change the values of
    /// any bindings on the prepared statement", so
    /// [`sqlite3_clear_bindings`](https://www.sqlite.org/c3ref/clear_bindings.html) follows it.
    /// Resetting also ends the statement's read of the database, which lets a WAL checkpoint
    /// move past it.
    package func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: - Binding

    /// Resets the statement, then binds `values` to its placeholders in order, starting at 1.
    ///
    /// - Throws: ``DatabaseError`` with `SQLITE_RANGE` when the number of values differs from
    ///   the number of placeholders, or the code a bind call returned.
    package func bind(_ values: [DatabaseValue]) throws {
        reset()
        guard values.count == Int(sqlite3_bind_parameter_count(handle)) else {
            throw DatabaseError.sqlite(.range, message: "wrong number of bound values", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let code = bind(value, at: Int32(offset + 1))
            guard code == SQLITE_OK else {
                throw DatabaseError.lastError(of: connection, code: code, sql: sql)
            }
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) -> Int32 {
        switch value {
        case .null:
            sqlite3_bind_null(handle, index)
        case .integer(let number):
            sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            sqlite3_bind_double(handle, index, number)
        case .text(let string):
            bindText(string, at: index)
        case .blob(let bytes):
            bindBlob(bytes, at: index)
        }
    }

    /// Binds a copy of the string's UTF-8 bytes.
    ///
    /// [`sqlite3_bind_text64`](https://www.sqlite.org/c3ref/bind_blob.html) with
    /// `SQLITE_TRANSIENT`: "the object is to be copied prior to the return from sqlite3_bind_*()".
    /// An empty string is bound from a literal because a NULL pointer would bind SQL `NULL`.
    private func bindText(_ string: String, at index: Int32) -> Int32 {
        var string = string
        return string.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
            }
            let characters = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            return sqlite3_bind_text64(
                handle,
                index,
                characters,
                UInt64(bytes.count),
                csqlite_transient(),
                UInt8(SQLITE_UTF8)
            )
        }
    }

    /// Binds a copy of the bytes; an empty array becomes a zero-length blob, not `NULL`.
    private func bindBlob(_ bytes: [UInt8], at index: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else {
                return sqlite3_bind_zeroblob(handle, index, 0)
            }
            return sqlite3_bind_blob64(handle, index, base, UInt64(buffer.count), csqlite_transient())
        }
    }
}

/// A statement is used only on the thread that currently owns its connection.
@available(*, unavailable)
extension Statement: Sendable {}
