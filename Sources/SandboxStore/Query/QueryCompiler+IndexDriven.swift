/// The index-walk form: reading one exact value's index rows in position order.
extension QueryCompiler {
    /// A condition that pins one parameter to one exact value, which a search can walk the
    /// `(parameter, value, position)` index by.
    ///
    /// It is the first condition of the form `.anyOf([match])` whose predicate is
    /// `.valueEquals(v)`, or an `.all` that contains one. A query with a
    /// ``ResourceQuery/patientID`` has none: that patient's few resources are the cheaper walk.
    struct IndexDriver: Sendable, Hashable {
        /// The match every result has a row for.
        let match: ResourceQuery.Match
        /// The exact value the match requires.
        let value: String
        /// The query's other conditions, tested on each resource the walk reaches.
        let otherConditions: [ResourceQuery.Condition]

        init?(query: ResourceQuery) {
            guard query.patientID == nil, query.resourceID == nil else { return nil }
            for (offset, condition) in query.conditions.enumerated() {
                guard case .anyOf(let matches) = condition, matches.count == 1,
                    let value = Self.exactValue(of: matches[0].predicate)
                else { continue }
                match = matches[0]
                self.value = value
                var others = query.conditions
                others.remove(at: offset)
                otherConditions = others
                return
            }
            return nil
        }

        /// The value a predicate requires, when every row it accepts has that value.
        private static func exactValue(of predicate: ResourceQuery.Predicate) -> String? {
            switch predicate {
            case .valueEquals(let value):
                value
            case .all(let predicates):
                predicates.lazy.compactMap(exactValue).first
            default:
                nil
            }
        }
    }

    /// One page by walking the driver's index rows.
    ///
    /// `INDEXED BY` and `CROSS JOIN` fix the plan: rows for one `(parameter, value)` come out of
    /// the index in position order, so `ORDER BY` needs no sort and `LIMIT` stops the walk.
    /// `GROUP BY d.position` keeps a resource with two matching rows (the same code in two
    /// systems, say) to one result, and streams because its input is already in that order.
    static func indexDrivenSearch(_ query: ResourceQuery, driver: IndexDriver) -> SQLFragment {
        SQLFragment("SELECT \(resourceColumns) FROM ")
            + indexWalk(query, driver: driver)
            + SQLFragment(" AND d.position >= ? GROUP BY d.position ORDER BY d.position LIMIT ?", page(query))
    }

    /// The index-walk form of ``count(_:)``: each resource counted once.
    static func indexDrivenCount(_ query: ResourceQuery, driver: IndexDriver) -> SQLFragment {
        SQLFragment("SELECT count(*) FROM (SELECT d.position FROM ")
            + indexWalk(query, driver: driver)
            + SQLFragment(" GROUP BY d.position)")
    }

    /// The walk's tables and `WHERE` terms: the driver's rows, then the type and every other
    /// condition on the resource they lead to.
    private static func indexWalk(_ query: ResourceQuery, driver: IndexDriver) -> SQLFragment {
        let walk = SQLFragment(
            """
            search_index d INDEXED BY search_index_by_value CROSS JOIN resource r ON r.position = d.position \
            WHERE d.parameter = ? AND d.value = ?
            """,
            [.text(driver.match.parameter), .text(driver.value)]
        )
        let terms =
            [match(driver.match, on: "d"), SQLFragment("r.type = ?", [.text(query.type)])]
            + driver.otherConditions.map(condition)
        return walk + SQLFragment(" AND ") + terms.joined(separator: " AND ")
    }
}
