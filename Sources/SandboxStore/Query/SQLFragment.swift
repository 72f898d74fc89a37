/// A piece of SQL together with the values for its `?` placeholders, in order.
///
/// Fragments are joined into a whole statement so that text and values can never drift apart:
/// whoever adds a `?` adds its value in the same step.
///
/// ```swift
/// let fragment = SQLFragment("r.type = ?", [.text("Patient")])
///     + SQLFragment(" AND r.patient_id = ?", [.text(patientID)])
/// ```
struct SQLFragment: Sendable, Hashable {
    /// The SQL text, with `?` where each value goes.
    var sql: String
    /// One value for each `?` in ``sql``.
    var bindings: [DatabaseValue]

    init(_ sql: String, _ bindings: [DatabaseValue] = []) {
        self.sql = sql
        self.bindings = bindings
    }

    /// Both fragments, one after the other.
    static func + (lhs: SQLFragment, rhs: SQLFragment) -> SQLFragment {
        SQLFragment(lhs.sql + rhs.sql, lhs.bindings + rhs.bindings)
    }

    static func += (lhs: inout SQLFragment, rhs: SQLFragment) {
        lhs = lhs + rhs
    }

    /// The fragment inside parentheses.
    var parenthesized: SQLFragment {
        SQLFragment("(" + sql + ")", bindings)
    }
}

extension Array where Element == SQLFragment {
    /// The fragments in order with `separator` between them.
    func joined(separator: String) -> SQLFragment {
        var result = SQLFragment("")
        for (offset, fragment) in enumerated() {
            result += offset == 0 ? fragment : SQLFragment(separator) + fragment
        }
        return result
    }
}
