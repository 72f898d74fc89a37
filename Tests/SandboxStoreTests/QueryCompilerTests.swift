import Testing

@testable import SandboxStore

@Suite struct QueryCompilerTests {
    private typealias Match = ResourceQuery.Match

    private let columns = "SELECT r.position, r.type, r.id, r.version_id, r.last_updated, r.patient_id, r.json"

    @Test func plainSearchBindsTypeStartAndLimit() {
        let compiled = QueryCompiler.search(ResourceQuery(type: "Patient", limit: 20))
        #expect(
            compiled.sql == columns
                + " FROM resource r WHERE r.type = ? AND r.position >= ? ORDER BY r.position LIMIT ?"
        )
        #expect(compiled.bindings == [.text("Patient"), .integer(.min), .integer(20)])
    }

    @Test func patientAndStartPositionAreBound() {
        let query = ResourceQuery(type: "Observation", patientID: "p-1", startPosition: 40, limit: 5)
        let compiled = QueryCompiler.search(query)
        #expect(compiled.sql.contains("WHERE r.type = ? AND r.patient_id = ? AND r.position >= ?"))
        #expect(compiled.bindings == [.text("Observation"), .text("p-1"), .integer(40), .integer(5)])
    }

    @Test func negativeLimitBindsZero() {
        let compiled = QueryCompiler.search(ResourceQuery(type: "Patient", limit: -1))
        #expect(compiled.bindings.last == .integer(0))
    }

    @Test func countIgnoresStartAndLimit() {
        let query = ResourceQuery(type: "Observation", patientID: "p-1", startPosition: 40, limit: 5)
        let compiled = QueryCompiler.count(query)
        #expect(compiled.sql == "SELECT count(*) FROM resource r WHERE r.type = ? AND r.patient_id = ?")
        #expect(compiled.bindings == [.text("Observation"), .text("p-1")])
    }

    @Test func anyOfIsAnExistsOverTheResourcesOwnRows() {
        let condition = ResourceQuery.Condition.anyOf([
            Match(parameter: "code", predicate: .valueEquals("a")),
            Match(parameter: "code", predicate: .valueEquals("b")),
        ])
        let compiled = QueryCompiler.condition(condition)
        #expect(
            compiled.sql == """
                EXISTS (SELECT 1 FROM search_index s WHERE s.position = r.position AND \
                ((s.parameter = ? AND s.value = ?) OR (s.parameter = ? AND s.value = ?)))
                """
        )
        #expect(compiled.bindings == [.text("code"), .text("a"), .text("code"), .text("b")])
    }

    @Test func noneOfIsANotExists() {
        let compiled = QueryCompiler.condition(.noneOf([Match(parameter: "status", predicate: .valueEquals("x"))]))
        #expect(compiled.sql.hasPrefix("NOT EXISTS (SELECT 1 FROM search_index s WHERE s.position = r.position AND "))
        #expect(compiled.bindings == [.text("status"), .text("x")])
    }

    @Test func missingTestsOnlyTheParameter() {
        let missing = QueryCompiler.condition(.missing(parameter: "date", true))
        let present = QueryCompiler.condition(.missing(parameter: "date", false))
        let rows = "(SELECT 1 FROM search_index s WHERE s.position = r.position AND (s.parameter = ?))"
        #expect(missing.sql == "NOT EXISTS " + rows)
        #expect(present.sql == "EXISTS " + rows)
        #expect(missing.bindings == [.text("date")])
    }

    @Test func emptyConditionsCompileToConstants() {
        #expect(QueryCompiler.condition(.anyOf([])) == SQLFragment("0"))
        #expect(QueryCompiler.condition(.noneOf([])) == SQLFragment("1"))
    }

    @Test(arguments: [
        (
            ResourceQuery.Predicate.systemEquals("http://loinc.org"), "s.system = ?",
            [DatabaseValue.text("http://loinc.org")]
        ),
        (.systemIsNull, "s.system IS NULL", []),
        (.valueEquals("v"), "s.value = ?", [.text("v")]),
        (.valueHasPrefix("smi"), "(s.value >= ? AND s.value < ?)", [.text("smi"), .text("smj")]),
        (.valueHasPrefix(""), "s.value >= ?", [.text("")]),
        (.valueContains("mit"), "instr(s.value, ?) > 0", [.text("mit")]),
        (.textEquals("Glucose"), "s.text = ?", [.text("Glucose")]),
        (.low(.greaterThanOrEqual, 5), "s.low >= ?", [.integer(5)]),
        (.high(.lessThan, -3), "s.high < ?", [.integer(-3)]),
        (.all([.systemIsNull, .valueEquals("a")]), "(s.system IS NULL AND s.value = ?)", [.text("a")]),
        (.any([.valueEquals("a"), .low(.equal, 1)]), "(s.value = ? OR s.low = ?)", [.text("a"), .integer(1)]),
        (.not(.valueEquals("a")), "NOT coalesce(s.value = ?, 0)", [.text("a")]),
        (.all([]), "1", []),
        (.any([]), "0", []),
    ])
    func predicateCompilesToBoundSQL(predicate: ResourceQuery.Predicate, sql: String, bindings: [DatabaseValue]) {
        let compiled = QueryCompiler.predicate(predicate)
        #expect(compiled.sql == sql)
        #expect(compiled.bindings == bindings)
    }

    @Test func valuesNeverAppearInTheSQL() {
        let hostile = "x' OR 1=1 --"
        let query = ResourceQuery(
            type: hostile,
            conditions: [
                .anyOf([Match(parameter: hostile, predicate: .valueHasPrefix(hostile))]),
                .missing(parameter: hostile, true),
            ],
            patientID: hostile
        )
        #expect(QueryCompiler.search(query).sql.contains(hostile) == false)
        #expect(QueryCompiler.search(query).bindings.filter { $0 == .text(hostile) }.count == 5)
    }

    @Test func sameShapeGivesTheSameSQL() {
        let first = ResourceQuery(
            type: "A",
            conditions: [.anyOf([Match(parameter: "p", predicate: .valueEquals("1"))])]
        )
        let second = ResourceQuery(
            type: "B",
            conditions: [.anyOf([Match(parameter: "q", predicate: .valueEquals("2"))])]
        )
        #expect(QueryCompiler.search(first).sql == QueryCompiler.search(second).sql)
    }
}

@Suite struct PrefixRangeTests {
    @Test(arguments: [
        ("smi", "smj"),
        ("zoë", "zoì"),
        ("a\u{D7FF}", "a\u{E000}"),
        ("a\u{10FFFF}", "b"),
        ("日本", "日札"),
        ("🩺", "🩻"),
    ])
    func upperBoundIncrementsTheLastScalar(prefix: String, upperBound: String) {
        let range = PrefixRange(prefix: prefix)
        #expect(range.lowerBound == prefix)
        #expect(range.upperBound == upperBound)
    }

    @Test(arguments: ["", "\u{10FFFF}", "\u{10FFFF}\u{10FFFF}"])
    func prefixWithNoSuccessorHasNoUpperBound(prefix: String) {
        #expect(PrefixRange(prefix: prefix).upperBound == nil)
    }
}
