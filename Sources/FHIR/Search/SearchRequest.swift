/// A search as the client asked for it: the criteria, and the paging parameters apart.
package struct SearchRequest: Sendable {
    /// The parameters that are not about paging, in the order given.
    package var criteria: [SearchCriterion]
    /// `_count`, when given.
    package var count: Int?
    /// athenaOne's `cursor`: the position of the first resource of the page.
    package var cursor: Int64?

    package init(criteria: [SearchCriterion] = [], count: Int? = nil, cursor: Int64? = nil) {
        self.criteria = criteria
        self.count = count
        self.cursor = cursor
    }

    /// Reads decoded query or form items.
    ///
    /// - Throws: ``SearchError`` for a `_count` or `cursor` that is not a whole number of the
    ///   right size, or given twice.
    package init(items: [(name: String, value: String)]) throws(SearchError) {
        self.init()
        for item in items {
            switch item.name {
            case "_count":
                guard count == nil else { throw .invalid("_count is given more than once") }
                guard let value = Int(item.value), value >= 0 else {
                    throw .invalid("_count must be a whole number of 0 or more, not '\(item.value)'")
                }
                count = value
            case "cursor":
                guard cursor == nil else { throw .invalid("cursor is given more than once") }
                guard let value = Int64(item.value), value > 0 else {
                    throw .invalid("cursor '\(item.value)' is not a cursor this server issued")
                }
                cursor = value
            default:
                criteria.append(SearchCriterion(rawName: item.name, rawValue: item.value))
            }
        }
    }
}
