/// Row-level predicates, as tests on one `search_index` row `s`.
///
/// Every predicate is two-valued: a row satisfies it or does not. A comparison with a `NULL`
/// column is not satisfied, and ``ResourceQuery/Predicate/not(_:)`` is satisfied exactly by
/// the rows its operand is not, including rows where the operand met a `NULL`.
extension QueryCompiler {
    /// One predicate as SQL over the row `s`.
    ///
    /// An empty ``ResourceQuery/Predicate/all(_:)`` holds for every row and compiles to `1`;
    /// an empty ``ResourceQuery/Predicate/any(_:)`` holds for none and compiles to `0`.
    static func predicate(_ predicate: ResourceQuery.Predicate) -> SQLFragment {
        switch predicate {
        case .systemEquals(let system):
            SQLFragment("s.system = ?", [.text(system)])
        case .systemIsNull:
            SQLFragment("s.system IS NULL")
        case .valueEquals(let value):
            SQLFragment("s.value = ?", [.text(value)])
        case .valueHasPrefix(let prefix):
            prefixTest(PrefixRange(prefix: prefix))
        case .valueContains(let part):
            SQLFragment("instr(s.value, ?) > 0", [.text(part)])
        case .textEquals(let text):
            SQLFragment("s.text = ?", [.text(text)])
        case .low(let comparison, let bound):
            SQLFragment("s.low \(comparison.rawValue) ?", [.integer(bound)])
        case .high(let comparison, let bound):
            SQLFragment("s.high \(comparison.rawValue) ?", [.integer(bound)])
        case .all(let predicates):
            combined(predicates, with: "AND", ifEmpty: "1")
        case .any(let predicates):
            combined(predicates, with: "OR", ifEmpty: "0")
        case .not(let operand):
            SQLFragment("NOT coalesce(") + self.predicate(operand) + SQLFragment(", 0)")
        }
    }

    /// `value` within the prefix's range; see ``PrefixRange`` for why the bounds are exact.
    private static func prefixTest(_ range: PrefixRange) -> SQLFragment {
        guard let upperBound = range.upperBound else {
            return SQLFragment("s.value >= ?", [.text(range.lowerBound)])
        }
        return SQLFragment("s.value >= ? AND s.value < ?", [.text(range.lowerBound), .text(upperBound)])
            .parenthesized
    }

    private static func combined(
        _ predicates: [ResourceQuery.Predicate],
        with connective: String,
        ifEmpty empty: String
    ) -> SQLFragment {
        guard !predicates.isEmpty else {
            return SQLFragment(empty)
        }
        return predicates.map(predicate).joined(separator: " \(connective) ").parenthesized
    }
}
