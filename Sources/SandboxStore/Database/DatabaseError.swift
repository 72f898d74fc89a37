import CSQLite

/// A failure of the storage layer: an SQLite call that did not succeed, or a database file this
/// build cannot use.
///
/// An error carries SQLite's extended result code, a message and the SQL that failed. The SQL
/// holds only `?` placeholders and the message comes from SQLite or from this module, so an
/// error never contains stored or bound data and is safe to log.
///
/// Match errors on ``code``, never on ``message``:
///
/// ```swift
/// do {
///     try store.write(writes)
/// } catch let error as DatabaseError where error.code?.primary == .constraint {
///     // A resource broke a NOT NULL or UNIQUE rule.
/// }
/// ```
package struct DatabaseError: Error, Sendable, CustomStringConvertible {
    private enum Kind: Sendable, Hashable {
        case sqlite(ResultCode)
        case unsupportedSchema(found: Int, supported: Int)
    }

    private let kind: Kind
    /// What went wrong, in words: SQLite's message or this module's.
    package let message: String
    /// The statement that failed, with `?` where values were bound.
    package let sql: String?

    private init(_ kind: Kind, message: String, sql: String?) {
        self.kind = kind
        self.message = message
        self.sql = sql
    }

    /// The extended result code of an SQLite failure; `nil` for failures found by this module.
    package var code: ResultCode? {
        guard case .sqlite(let code) = kind else { return nil }
        return code
    }

    /// Whether the database was written by a newer build whose schema this one does not know.
    package var isUnsupportedSchema: Bool {
        guard case .unsupportedSchema = kind else { return false }
        return true
    }

    package var description: String {
        var text = "DatabaseError(\(code.map { "\($0)" } ?? "store"): \(message)"
        if let sql {
            text += " in \(sql)"
        }
        return text + ")"
    }
}

extension DatabaseError {
    /// An SQLite failure with the given code and message.
    static func sqlite(_ code: ResultCode, message: String, sql: String? = nil) -> DatabaseError {
        DatabaseError(.sqlite(code), message: message, sql: sql)
    }

    /// The failure a C call just reported on `connection`, read before any other call can
    /// replace it.
    ///
    /// [`sqlite3_errmsg`](https://www.sqlite.org/c3ref/errcode.html): "If the most recent
    /// sqlite3_* API call associated with database connection D failed, then the
    /// sqlite3_errcode(D) interface returns the numeric result code or extended result code for
    /// that API call." The message belongs to that same call, so it is copied at once.
    ///
    /// - Parameters:
    ///   - connection: The `sqlite3*` the failing call used.
    ///   - code: The code the call returned; extended, since connections open with
    ///     `SQLITE_OPEN_EXRESCODE`.
    ///   - sql: The statement involved, if any.
    /// - Returns: The error, with SQLite's message for the failed call.
    static func lastError(of connection: OpaquePointer?, code: Int32, sql: String? = nil) -> DatabaseError {
        let message =
            connection.map { String(cString: sqlite3_errmsg($0)) }
            ?? String(cString: sqlite3_errstr(code))
        return .sqlite(ResultCode(rawValue: code), message: message, sql: sql)
    }

    /// The database's schema version is newer than the newest migration this build has.
    static func unsupportedSchema(found: Int, supported: Int) -> DatabaseError {
        DatabaseError(
            .unsupportedSchema(found: found, supported: supported),
            message: "database schema version \(found) is newer than the supported \(supported)",
            sql: nil
        )
    }
}
