import CSQLite

/// An SQLite result code, primary or extended.
///
/// The connection opens with `SQLITE_OPEN_EXRESCODE`, so failures carry extended codes such as
/// ``constraintNotNull``; ``primary`` recovers the family (``constraint``). Compare codes, never
/// message text: SQLite's messages are for people and may change between versions.
///
/// See [Result and Error Codes](https://www.sqlite.org/rescode.html).
package struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package let rawValue: Int32

    package init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The primary code, which SQLite keeps in the low 8 bits of every extended code.
    package var primary: ResultCode {
        ResultCode(rawValue: rawValue & 0xFF)
    }

    /// SQLite's English description of the code, then the number.
    package var description: String {
        "\(String(cString: sqlite3_errstr(rawValue))) (\(rawValue))"
    }
}

extension ResultCode {
    package static let error = ResultCode(rawValue: SQLITE_ERROR)
    package static let busy = ResultCode(rawValue: SQLITE_BUSY)
    package static let locked = ResultCode(rawValue: SQLITE_LOCKED)
    package static let readOnly = ResultCode(rawValue: SQLITE_READONLY)
    package static let cannotOpen = ResultCode(rawValue: SQLITE_CANTOPEN)
    package static let corrupt = ResultCode(rawValue: SQLITE_CORRUPT)
    package static let notADatabase = ResultCode(rawValue: SQLITE_NOTADB)
    package static let misuse = ResultCode(rawValue: SQLITE_MISUSE)
    package static let range = ResultCode(rawValue: SQLITE_RANGE)
    package static let constraint = ResultCode(rawValue: SQLITE_CONSTRAINT)
    package static let constraintNotNull = extended(.constraint, 5)
    package static let constraintPrimaryKey = extended(.constraint, 6)
    package static let constraintTrigger = extended(.constraint, 7)
    package static let constraintUnique = extended(.constraint, 8)
    package static let constraintForeignKey = extended(.constraint, 3)

    /// An extended code, spelled as `sqlite3.h` defines it: `(primary | (n << 8))`. Swift does
    /// not import those macros because they are expressions, not literals.
    private static func extended(_ primary: ResultCode, _ number: Int32) -> ResultCode {
        ResultCode(rawValue: primary.rawValue | (number << 8))
    }
}
