/// One value as SQLite stores it in a column or binds it to a `?` placeholder.
///
/// SQLite has five storage classes; this enum has one case for each, so a statement's bindings
/// can be built, compared and tested as plain values before they reach the C API.
package enum DatabaseValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

extension DatabaseValue {
    /// The text, or `NULL` when there is none.
    package static func text(_ string: String?) -> DatabaseValue {
        string.map { .text($0) } ?? .null
    }

    /// The integer, or `NULL` when there is none.
    package static func integer(_ number: Int64?) -> DatabaseValue {
        number.map { .integer($0) } ?? .null
    }
}
