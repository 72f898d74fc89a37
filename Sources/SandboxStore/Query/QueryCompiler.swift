/// Turns a ``ResourceQuery`` into SQL whose values are all bound, never spelled out.
///
/// A search over `Observation` for one patient, with one code condition, compiles to:
///
/// ```sql
/// SELECT r.position, r.type, r.id, r.version_id, r.last_updated, r.patient_id, r.json
/// FROM resource r
/// WHERE r.type = ? AND r.patient_id = ?
/// AND EXISTS (SELECT 1 FROM search_index s WHERE s.position = r.position
///     AND ((s.parameter = ? AND s.value = ?)))
/// AND r.position >= ? ORDER BY r.position LIMIT ?
/// ```
///
/// The SQL depends only on the query's shape, so every query of one shape shares one cached
/// statement. Each condition is a correlated `EXISTS` over the resource's own index rows, and
/// the outer scan walks `resource` in position order, so a page stops as soon as it is full.
/// With a ``ResourceQuery/patientID`` the scan covers only that patient's resources (the
/// `(patient_id, type, position)` index); without one it covers every resource of the type.
enum QueryCompiler {
    /// The columns a search selects, in the order ``ResourceStore`` decodes them.
    static let resourceColumns = "r.position, r.type, r.id, r.version_id, r.last_updated, r.patient_id, r.json"

    /// The statement for one page of matches, ordered by position.
    ///
    /// A missing ``ResourceQuery/startPosition`` starts below every position; a negative
    /// ``ResourceQuery/limit`` counts as 0 (SQLite would read it as "no limit").
    static func search(_ query: ResourceQuery) -> SQLFragment {
        let start = query.startPosition ?? Int64.min
        let limit = Int64(max(0, query.limit))
        return SQLFragment("SELECT \(resourceColumns) FROM resource r WHERE ")
            + filter(query)
            + SQLFragment(" AND r.position >= ? ORDER BY r.position LIMIT ?", [.integer(start), .integer(limit)])
    }

    /// The statement counting every match, whatever the start position and limit.
    static func count(_ query: ResourceQuery) -> SQLFragment {
        SQLFragment("SELECT count(*) FROM resource r WHERE ") + filter(query)
    }

    /// The `WHERE` terms shared by search and count: type, patient and every condition.
    static func filter(_ query: ResourceQuery) -> SQLFragment {
        var terms = [SQLFragment("r.type = ?", [.text(query.type)])]
        if let patientID = query.patientID {
            terms.append(SQLFragment("r.patient_id = ?", [.text(patientID)]))
        }
        terms += query.conditions.map(condition)
        return terms.joined(separator: " AND ")
    }

    // MARK: - Conditions

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

    /// A subquery over the current resource's index rows that satisfy `test`.
    private static func indexRows(where test: SQLFragment) -> SQLFragment {
        SQLFragment("(SELECT 1 FROM search_index s WHERE s.position = r.position AND ")
            + test.parenthesized
            + SQLFragment(")")
    }

    /// Matches joined with `OR`, each limited to its own parameter's rows.
    private static func anyMatch(_ matches: [ResourceQuery.Match]) -> SQLFragment {
        matches.map { match in
            (SQLFragment("s.parameter = ? AND ", [.text(match.parameter)]) + predicate(match.predicate))
                .parenthesized
        }
        .joined(separator: " OR ")
    }
}
