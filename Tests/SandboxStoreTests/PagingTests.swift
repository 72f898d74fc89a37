import Testing

@testable import SandboxStore

@Suite struct PagingTests {
    let database = TemporaryDatabase()

    /// Every page, following each page's last position, until a page comes back short.
    private func allPages(of query: ResourceQuery, in store: ResourceStore) throws -> [[StoredMatch]] {
        var pages: [[StoredMatch]] = []
        var query = query
        while true {
            let page = try store.search(query)
            pages.append(page)
            guard page.count == query.limit, let last = page.last else { return pages }
            query.startPosition = last.position + 1
        }
    }

    private func writeNumbered(_ count: Int, to store: ResourceStore) throws {
        try store.write(
            (0..<count).map { number in
                Fixtures.write(
                    id: "o\(number)",
                    index: [IndexEntry(parameter: "parity", value: number % 2 == 0 ? "even" : "odd")]
                )
            }
        )
    }

    @Test(arguments: [1, 4, 5, 13, 100])
    func pagingReturnsEachMatchExactlyOnceInOrder(pageSize: Int) throws {
        let store = try database.makeStore()
        try writeNumbered(25, to: store)
        let even = ResourceQuery.Condition.anyOf([
            ResourceQuery.Match(parameter: "parity", predicate: .valueEquals("even"))
        ])

        let pages = try allPages(of: ResourceQuery(type: "Observation", conditions: [even], limit: pageSize), in: store)
        let ids = pages.flatMap { $0.map(\.resource.id) }
        #expect(ids == stride(from: 0, to: 25, by: 2).map { "o\($0)" })
        #expect(pages.dropLast().allSatisfy { $0.count == pageSize })
    }

    @Test func startPositionIsInclusive() throws {
        let store = try database.makeStore()
        try writeNumbered(5, to: store)
        let page = try store.search(ResourceQuery(type: "Observation", startPosition: 3, limit: 2))
        #expect(page.map(\.position) == [3, 4])
    }

    @Test func updatesBetweenPagesNeitherRepeatNorSkip() throws {
        let store = try database.makeStore()
        try writeNumbered(10, to: store)
        var query = ResourceQuery(type: "Observation", limit: 4)
        let first = try store.search(query)

        // Rewrite one resource already read and one not yet read; both keep their positions.
        try store.write([Fixtures.write(id: "o1", versionID: 2), Fixtures.write(id: "o8", versionID: 2)])
        query.startPosition = (first.last?.position ?? 0) + 1
        let rest = try store.search(ResourceQuery(type: "Observation", startPosition: query.startPosition, limit: 100))

        let ids = (first + rest).map(\.resource.id)
        #expect(ids == (0..<10).map { "o\($0)" })
        #expect(rest.first { $0.resource.id == "o8" }?.resource.versionID == 2)
    }
}
