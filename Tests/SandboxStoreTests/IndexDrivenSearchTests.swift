import Testing

@testable import SandboxStore

@Suite struct IndexDrivenSearchTests {
    private typealias Match = ResourceQuery.Match

    let database = TemporaryDatabase()

    private static let patientX = ResourceQuery.Condition.anyOf([
        Match(parameter: "patient", predicate: .valueEquals("X"))
    ])

    @Test func exactValueWithoutPatientWalksTheIndex() {
        let query = ResourceQuery(type: "Observation", conditions: [Self.patientX], startPosition: 7, limit: 50)
        let compiled = QueryCompiler.search(query)
        #expect(
            compiled.sql == """
                SELECT \(QueryCompiler.resourceColumns) FROM search_index d INDEXED BY search_index_by_value \
                CROSS JOIN resource r ON r.position = d.position WHERE d.parameter = ? AND d.value = ? \
                AND (d.parameter = ? AND d.value = ?) AND r.type = ? \
                AND d.position >= ? GROUP BY d.position ORDER BY d.position LIMIT ?
                """
        )
        #expect(
            compiled.bindings == [
                .text("patient"), .text("X"), .text("patient"), .text("X"), .text("Observation"), .integer(7),
                .integer(50),
            ]
        )
    }

    @Test func indexWalkCountsEachResourceOnce() {
        let compiled = QueryCompiler.count(ResourceQuery(type: "Observation", conditions: [Self.patientX]))
        #expect(compiled.sql.hasPrefix("SELECT count(*) FROM (SELECT d.position FROM search_index d INDEXED BY"))
        #expect(compiled.sql.hasSuffix(" GROUP BY d.position)"))
        #expect(
            compiled.bindings == [.text("patient"), .text("X"), .text("patient"), .text("X"), .text("Observation")]
        )
    }

    @Test func driverIsTheFirstExactConditionAndTheRestStay() throws {
        let prefix = ResourceQuery.Condition.anyOf([Match(parameter: "name", predicate: .valueHasPrefix("a"))])
        let coded = ResourceQuery.Condition.anyOf([
            Match(parameter: "code", predicate: .all([.systemEquals("s"), .valueEquals("c")]))
        ])
        let missing = ResourceQuery.Condition.missing(parameter: "date", true)
        let driver = try #require(
            QueryCompiler.IndexDriver(query: ResourceQuery(type: "T", conditions: [prefix, coded, missing]))
        )
        #expect(driver.match.parameter == "code")
        #expect(driver.value == "c")
        #expect(driver.otherConditions == [prefix, missing])
    }

    @Test(arguments: [
        ResourceQuery(type: "T", conditions: [patientX], patientID: "p"),
        ResourceQuery(
            type: "T",
            conditions: [
                .anyOf([
                    Match(parameter: "code", predicate: .valueEquals("a")),
                    Match(parameter: "code", predicate: .valueEquals("b")),
                ])
            ]
        ),
        ResourceQuery(
            type: "T",
            conditions: [.anyOf([Match(parameter: "code", predicate: .any([.valueEquals("a")]))])]
        ),
        ResourceQuery(type: "T", conditions: [.anyOf([Match(parameter: "code", predicate: .not(.valueEquals("a")))])]),
        ResourceQuery(type: "T", conditions: [.noneOf([Match(parameter: "code", predicate: .valueEquals("a"))])]),
        ResourceQuery(type: "T", conditions: [.anyOf([Match(parameter: "name", predicate: .valueHasPrefix("a"))])]),
        ResourceQuery(type: "T"),
    ])
    func queriesWithoutASingleExactValueScanResources(query: ResourceQuery) {
        #expect(QueryCompiler.IndexDriver(query: query) == nil)
        #expect(QueryCompiler.search(query) == QueryCompiler.scanSearch(query))
    }

    @Test func bothFormsReturnTheSameMatches() throws {
        let store = try SearchFixture.makeStore(on: database)
        let final = Match(parameter: "status", predicate: .valueEquals("final"))
        let code = Match(
            parameter: "code",
            predicate: .all([.systemEquals(SearchFixture.loinc), .valueEquals("1234-5")])
        )
        let queries = [
            ResourceQuery(type: "Observation", conditions: [.anyOf([final])]),
            ResourceQuery(type: "Observation", conditions: [.anyOf([final])], startPosition: 4, limit: 1),
            ResourceQuery(type: "Observation", conditions: [.anyOf([final]), .missing(parameter: "date", true)]),
            ResourceQuery(type: "Observation", conditions: [.anyOf([code])]),
            ResourceQuery(
                type: "Patient",
                conditions: [.anyOf([Match(parameter: "name", predicate: .valueEquals("zoë"))])]
            ),
            ResourceQuery(
                type: "Observation",
                conditions: [.anyOf([Match(parameter: "name", predicate: .valueEquals("zoë"))])]
            ),
        ]
        for query in queries {
            let driver = try #require(QueryCompiler.IndexDriver(query: query))
            let scanned = try run(QueryCompiler.scanSearch(query), on: store)
            #expect(scanned.isEmpty == false)
            #expect(try run(QueryCompiler.indexDrivenSearch(query, driver: driver), on: store) == scanned)
            #expect(
                try run(QueryCompiler.indexDrivenCount(query, driver: driver), on: store)
                    == run(QueryCompiler.scanCount(query), on: store)
            )
        }
    }

    @Test func resourceWithTwoMatchingRowsIsFoundOnce() throws {
        let store = try database.makeStore()
        try store.write([
            Fixtures.write(
                id: "o1",
                index: [
                    IndexEntry(parameter: "code", system: "a", value: "7"),
                    IndexEntry(parameter: "code", system: "b", value: "7"),
                ]
            ),
            Fixtures.write(id: "o2", index: [IndexEntry(parameter: "code", system: "a", value: "7")]),
        ])
        let query = ResourceQuery(
            type: "Observation",
            conditions: [.anyOf([Match(parameter: "code", predicate: .valueEquals("7"))])]
        )
        #expect(try store.search(query).map(\.resource.id) == ["o1", "o2"])
        #expect(try store.count(query) == 2)
    }

    @Test func indexWalkNeitherSortsNorScansResources() throws {
        let store = try SearchFixture.makeStore(on: database)
        let plan = try queryPlan(
            QueryCompiler.search(ResourceQuery(type: "Observation", conditions: [Self.patientX])),
            on: store
        )
        #expect(plan.contains { $0.contains("search_index_by_value") })
        #expect(plan.contains { $0.contains("TEMP B-TREE") } == false)
        #expect(plan.contains { $0.hasPrefix("SCAN") } == false)
    }

    @Test func patientScanUsesThePatientIndexWithoutSorting() throws {
        let store = try SearchFixture.makeStore(on: database)
        let plan = try queryPlan(
            QueryCompiler.search(ResourceQuery(type: "Observation", conditions: [Self.patientX], patientID: "p")),
            on: store
        )
        #expect(plan.contains { $0.contains("resource_by_patient") })
        #expect(plan.contains { $0.contains("TEMP B-TREE") } == false)
    }

    private func run(_ compiled: SQLFragment, on store: ResourceStore) throws -> [Int64] {
        try store.withReader { connection in
            try connection.prepare(sql: compiled.sql).fetchAll(compiled.bindings) { $0.int64(at: 0) }
        }
    }

    private func queryPlan(_ compiled: SQLFragment, on store: ResourceStore) throws -> [String] {
        try store.withReader { connection in
            try connection.prepare(sql: "EXPLAIN QUERY PLAN " + compiled.sql).fetchAll(compiled.bindings) {
                $0.string(at: 3) ?? ""
            }
        }
    }
}
