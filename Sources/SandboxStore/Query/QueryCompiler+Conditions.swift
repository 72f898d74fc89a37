/// Conditions, as tests on one resource `r` over its own index rows.
extension QueryCompiler {
    /// One condition as a test on the resource `r`.
    ///
    /// An empty ``ResourceQuery/Condition/anyOf(_:)`` can never hold and compiles to `0`; an
    /// empty ``ResourceQuery/Condition/noneOf(_:)`` always holds and compiles to `1`.
    static func condition(_ condition: ResourceQuery.Condition) -> SQLFragment {
        switch condition {
        case .anyOf(let matches):
            matches.isEmpty ? SQLFragment("0") : SQLFragment("EXISTS ") + indexRows(where: anyMatch(matches))
        case .noneOf(let matches):
            matches.isEmpty ? SQLFragment("1") : SQLFragment("NOT EXISTS ") + indexRows(where: anyMatch(matches))
        case .missing(let parameter, let isMissing):
            SQLFragment(isMissing ? "NOT EXISTS " : "EXISTS ")
                + indexRows(where: SQLFragment("s.parameter = ?", [.text(parameter)]))
        }
    }

    /// One match as a test on a `search_index` row: its parameter, then its predicate.
    static func match(_ match: ResourceQuery.Match, on row: String = "s") -> SQLFragment {
        (SQLFragment("\(row).parameter = ? AND ", [.text(match.parameter)]) + predicate(match.predicate, on: row))
            .parenthesized
    }

    /// A subquery over the current resource's index rows that satisfy `test`.
    private static func indexRows(where test: SQLFragment) -> SQLFragment {
        SQLFragment("(SELECT 1 FROM search_index s WHERE s.position = r.position AND ")
            + test.parenthesized
            + SQLFragment(")")
    }

    /// Matches joined with `OR`.
    private static func anyMatch(_ matches: [ResourceQuery.Match]) -> SQLFragment {
        matches.map { match($0) }.joined(separator: " OR ")
    }
}
