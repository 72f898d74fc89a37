package import SandboxStore

/// Runs a type-level search: checks the criteria against the type's definition, asks the store
/// for one page, and counts the whole result.
package struct SearchEngine: Sendable {
    /// Page sizes.
    package struct Configuration: Sendable {
        /// The page size when a search gives no `_count`.
        package var defaultCount: Int
        /// The largest page; a larger `_count` is lowered to this, and links say so.
        package var maximumCount: Int

        package init(defaultCount: Int = 50, maximumCount: Int = 1000) {
            self.defaultCount = defaultCount
            self.maximumCount = maximumCount
        }
    }

    package var configuration: Configuration
    private let store: ResourceStore

    package init(store: ResourceStore, configuration: Configuration = Configuration()) {
        self.store = store
        self.configuration = configuration
    }

    /// One page of matches of `request` within `definition`'s type.
    ///
    /// - Parameters:
    ///   - request: The criteria and paging.
    ///   - definition: What the type offers; its required combinations are enforced here.
    ///   - compiler: Turns criteria into conditions.
    ///   - patientID: When set, only resources in this patient's compartment are seen.
    /// - Returns: The page, with the total over all pages and where the next page starts.
    /// - Throws: ``SearchError`` for criteria the type does not take, and `DatabaseError`.
    package func search(
        _ request: SearchRequest,
        in definition: ResourceDefinition,
        compiler: SearchCompiler,
        patientID: String? = nil
    ) throws -> SearchPage {
        var conditions: [ResourceQuery.Condition] = []
        var compartment = patientID
        var contradictory = false
        for criterion in request.criteria {
            let condition = try compiler.condition(for: criterion, in: definition)
            // One patient named by the compartment parameter narrows by the indexed column instead.
            if let patient = Self.compartmentPatient(criterion, definition: definition) {
                contradictory = contradictory || (compartment != nil && compartment != patient)
                compartment = patient
            } else {
                conditions.append(condition)
            }
        }
        try checkRequiredCombinations(request, definition: definition)
        let count = min(request.count ?? configuration.defaultCount, configuration.maximumCount)
        guard !contradictory else {
            return SearchPage(matches: [], total: 0, appliedCount: count, nextPosition: nil)
        }
        var query = ResourceQuery(type: definition.type, conditions: conditions, patientID: compartment)
        let total = try store.count(query)
        guard count > 0 else {
            return SearchPage(matches: [], total: total, appliedCount: 0, nextPosition: nil)
        }
        query.startPosition = request.cursor
        query.limit = count + 1
        var matches = try store.search(query)
        let next = matches.count > count ? matches.removeLast().position : nil
        return SearchPage(matches: matches, total: total, appliedCount: count, nextPosition: next)
    }

    /// Whether the resource `id` of `definition`'s type satisfies every criterion.
    ///
    /// - Throws: ``SearchError`` for criteria the type does not take, and `DatabaseError`.
    package func resource(
        _ id: String,
        in definition: ResourceDefinition,
        matches criteria: [SearchCriterion],
        compiler: SearchCompiler
    ) throws -> Bool {
        var conditions: [ResourceQuery.Condition] = []
        for criterion in criteria {
            conditions.append(try compiler.condition(for: criterion, in: definition))
        }
        let query = ResourceQuery(type: definition.type, conditions: conditions, resourceID: id, limit: 1)
        return try !store.search(query).isEmpty
    }

    /// The patient id when `criterion` is the type's compartment parameter with one plain value.
    package static func compartmentPatient(_ criterion: SearchCriterion, definition: ResourceDefinition) -> String? {
        guard criterion.name == definition.compartmentParameter, criterion.values.count == 1,
            criterion.modifier == nil || criterion.modifier == "Patient"
        else { return nil }
        let value = criterion.values[0]
        guard value.contains("/") else { return value }
        guard let target = ReferenceTarget(value), target.type == "Patient" else { return nil }
        return target.id
    }

    private func checkRequiredCombinations(_ request: SearchRequest, definition: ResourceDefinition) throws(SearchError)
    {
        let combinations = definition.requiredCombinations
        guard !combinations.isEmpty else { return }
        let given = Set(request.criteria.map(\.name))
        guard !combinations.contains(where: { given.isSuperset(of: $0) }) else { return }
        let listed = combinations.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ")
        let partial = combinations.filter { !given.isDisjoint(with: $0) }.map { combination in
            "[" + combination.joined(separator: ", ") + "] lacks "
                + combination.filter { !given.contains($0) }
                .joined(separator: ", ")
        }
        let detail = partial.isEmpty ? "none was given" : "none was given whole: " + partial.joined(separator: "; ")
        throw .forbidden("\(definition.type) searches need one of these parameter combinations: \(listed); \(detail)")
    }
}

/// One page of a search.
package struct SearchPage: Sendable {
    package var matches: [StoredMatch]
    /// How many resources match in all pages together.
    package var total: Int
    /// The page size the server used, which the links carry.
    package var appliedCount: Int
    /// Where the next page starts, or `nil` on the last page.
    package var nextPosition: Int64?

    package init(matches: [StoredMatch], total: Int, appliedCount: Int, nextPosition: Int64?) {
        self.matches = matches
        self.total = total
        self.appliedCount = appliedCount
        self.nextPosition = nextPosition
    }
}
