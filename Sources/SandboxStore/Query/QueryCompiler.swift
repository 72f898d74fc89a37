/// Turns a ``ResourceQuery`` into SQL whose values are all bound, never spelled out.
///
/// The SQL depends only on the query's shape, so every query of one shape shares one cached
/// statement. Every form returns resources in position order and applies the page's start and
/// limit in SQL, so a page stops reading as soon as it is full. There are two forms:
///
/// - **Resource scan** (``scanSearch(_:)``): walk `resource` in position order, by the
///   `(patient_id, type, position)` index when ``ResourceQuery/patientID`` is set or the
///   `(type, position)` index otherwise, and test each condition with a correlated `EXISTS` over
///   the resource's own index rows:
///
///   ```sql
///   SELECT r.position, r.type, r.id, r.version_id, r.last_updated, r.patient_id, r.json
///   FROM resource r
///   WHERE r.type = ? AND r.patient_id = ?
///   AND EXISTS (SELECT 1 FROM search_index s WHERE s.position = r.position
///       AND ((s.parameter = ? AND s.value = ?)))
///   AND r.position >= ? ORDER BY r.position LIMIT ?
///   ```
///
/// - **Index walk** (``indexDrivenSearch(_:driver:)``): when there is no patient and a condition
///   pins one parameter to one exact value, walk that value's index rows instead, which come in
///   position order, and test the rest on each resource they lead to. A search such as "the
///   Observations whose `patient` is X" then reads X's rows, not every Observation.
enum QueryCompiler {
    /// The columns a search selects, in the order ``ResourceStore`` decodes them.
    static let resourceColumns = "r.position, r.type, r.id, r.version_id, r.last_updated, r.patient_id, r.json"

    /// The statement for one page of matches, ordered by position.
    static func search(_ query: ResourceQuery) -> SQLFragment {
        if let driver = IndexDriver(query: query) {
            return indexDrivenSearch(query, driver: driver)
        }
        return scanSearch(query)
    }

    /// The statement counting every match, whatever the start position and limit.
    static func count(_ query: ResourceQuery) -> SQLFragment {
        if let driver = IndexDriver(query: query) {
            return indexDrivenCount(query, driver: driver)
        }
        return scanCount(query)
    }

    /// The resource-scan form of ``search(_:)``.
    ///
    /// A missing ``ResourceQuery/startPosition`` starts below every position; a negative
    /// ``ResourceQuery/limit`` counts as 0 (SQLite would read it as "no limit").
    static func scanSearch(_ query: ResourceQuery) -> SQLFragment {
        SQLFragment("SELECT \(resourceColumns) FROM resource r WHERE ")
            + filter(query)
            + SQLFragment(" AND r.position >= ? ORDER BY r.position LIMIT ?", page(query))
    }

    /// The resource-scan form of ``count(_:)``.
    static func scanCount(_ query: ResourceQuery) -> SQLFragment {
        SQLFragment("SELECT count(*) FROM resource r WHERE ") + filter(query)
    }

    /// The `WHERE` terms of a resource scan: type, patient and every condition.
    static func filter(_ query: ResourceQuery) -> SQLFragment {
        var terms = [SQLFragment("r.type = ?", [.text(query.type)])]
        if let patientID = query.patientID {
            terms.append(SQLFragment("r.patient_id = ?", [.text(patientID)]))
        }
        if let resourceID = query.resourceID {
            terms.append(SQLFragment("r.id = ?", [.text(resourceID)]))
        }
        terms += query.conditions.map(condition)
        return terms.joined(separator: " AND ")
    }

    /// The start position and limit, as bound to the end of a search.
    static func page(_ query: ResourceQuery) -> [DatabaseValue] {
        [.integer(query.startPosition ?? Int64.min), .integer(Int64(max(0, query.limit)))]
    }
}
