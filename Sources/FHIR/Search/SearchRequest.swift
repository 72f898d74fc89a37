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
                count = try Self.count(item.value)
            case "cursor":
                guard cursor == nil else { throw .invalid("cursor is given more than once") }
                guard let value = Int64(item.value), value > 0 else {
                    throw .invalid("cursor '\(item.value)' is not a cursor; take it from a next link as it is")
                }
                cursor = value
            case _ where item.name.hasPrefix("_count:") || item.name.hasPrefix("cursor:"):
                let name = item.name.prefix { $0 != ":" }
                throw .notSupported("\(name) takes no modifier, but was given as '\(item.name)'")
            default:
                criteria.append(SearchCriterion(rawName: item.name, rawValue: item.value))
            }
        }
        try checkSize()
    }

    /// The most parameters one search may have, paging aside.
    package static let maximumCriteria = 50
    /// The most comma-separated values one parameter may have.
    package static let maximumValues = 100

    /// A page size: any whole number of 0 or more; one too large for any page is simply large.
    private static func count(_ text: String) throws(SearchError) -> Int {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw .invalid("_count must be a whole number of 0 or more, not '\(text)'")
        }
        return Int(text) ?? Int.max
    }

    private func checkSize() throws(SearchError) {
        guard criteria.count <= Self.maximumCriteria else {
            throw .tooCostly(
                "a search may have at most \(Self.maximumCriteria) parameters; this one has \(criteria.count)"
            )
        }
        if let crowded = criteria.first(where: { $0.values.count > Self.maximumValues }) {
            throw .tooCostly(
                "\(crowded.rawName) has \(crowded.values.count) values; "
                    + "one parameter may have at most \(Self.maximumValues)"
            )
        }
    }
}
