/// Row-level predicates, as tests on one `search_index` row (`s` unless the caller names another
/// alias).
///
/// Every predicate is two-valued: a row satisfies it or does not. A comparison with a `NULL`
/// column is not satisfied, and ``ResourceQuery/Predicate/not(_:)`` is satisfied exactly by
/// the rows its operand is not, including rows where the operand met a `NULL`.
extension QueryCompiler {
    /// One predicate as SQL over the row `row`.
    ///
    /// An empty ``ResourceQuery/Predicate/all(_:)`` holds for every row and compiles to `1`;
    /// an empty ``ResourceQuery/Predicate/any(_:)`` holds for none and compiles to `0`.
    ///
    /// - Parameters:
    ///   - predicate: The test.
    ///   - row: The alias of the `search_index` row in the surrounding SQL; a constant of this
    ///     module, never user data.
    /// - Returns: The test as SQL with its bound values.
    static func predicate(_ predicate: ResourceQuery.Predicate, on row: String = "s") -> SQLFragment {
        switch predicate {
        case .systemEquals(let system):
            SQLFragment("\(row).system = ?", [.text(system)])
        case .systemIsNull:
            SQLFragment("\(row).system IS NULL")
        case .valueEquals(let value):
            SQLFragment("\(row).value = ?", [.text(value)])
        case .valueHasPrefix(let prefix):
            prefixTest(PrefixRange(prefix: prefix), on: row)
        case .valueContains(let part):
            SQLFragment("instr(\(row).value, ?) > 0", [.text(part)])
        case .textEquals(let text):
            SQLFragment("\(row).text = ?", [.text(text)])
        case .low(let comparison, let bound):
            SQLFragment("\(row).low \(comparison.rawValue) ?", [.integer(bound)])
        case .high(let comparison, let bound):
            SQLFragment("\(row).high \(comparison.rawValue) ?", [.integer(bound)])
        case .all(let predicates):
            combined(predicates, with: "AND", ifEmpty: "1", on: row)
        case .any(let predicates):
            combined(predicates, with: "OR", ifEmpty: "0", on: row)
        case .not(let operand):
            SQLFragment("NOT coalesce(") + self.predicate(operand, on: row) + SQLFragment(", 0)")
        }
    }

    /// `value` within the prefix's range; see ``PrefixRange`` for why the bounds are exact.
    private static func prefixTest(_ range: PrefixRange, on row: String) -> SQLFragment {
        guard let upperBound = range.upperBound else {
            return SQLFragment("\(row).value >= ?", [.text(range.lowerBound)])
        }
        return SQLFragment("\(row).value >= ? AND \(row).value < ?", [.text(range.lowerBound), .text(upperBound)])
            .parenthesized
    }

    private static func combined(
        _ predicates: [ResourceQuery.Predicate],
        with connective: String,
        ifEmpty empty: String,
        on row: String
    ) -> SQLFragment {
        guard !predicates.isEmpty else {
            return SQLFragment(empty)
        }
        return predicates.map { predicate($0, on: row) }.joined(separator: " \(connective) ").parenthesized
    }
}
