import Testing

@testable import SandboxStore

@Suite struct SearchTests {
    private typealias Match = ResourceQuery.Match
    private static let loinc = SearchFixture.loinc

    let database = TemporaryDatabase()

    private func ids(_ conditions: [ResourceQuery.Condition], patientID: String? = nil) throws -> [String] {
        let store = try SearchFixture.makeStore(on: database)
        let query = ResourceQuery(type: "Observation", conditions: conditions, patientID: patientID)
        return try store.search(query).map(\.resource.id)
    }

    @Test(arguments: [
        (Match(parameter: "code", predicate: .systemEquals(loinc)), ["o1", "o2"]),
        (Match(parameter: "code", predicate: .systemIsNull), ["o4"]),
        (Match(parameter: "code", predicate: .valueEquals("1234-5")), ["o1", "o3", "o4"]),
        (Match(parameter: "code", predicate: .all([.systemEquals(loinc), .valueEquals("1234-5")])), ["o1"]),
        (Match(parameter: "code", predicate: .any([.systemIsNull, .textEquals("Sodium")])), ["o2", "o4"]),
        (Match(parameter: "code", predicate: .textEquals("Sodium")), ["o2"]),
        (Match(parameter: "code", predicate: .not(.systemEquals(loinc))), ["o3", "o4"]),
        (Match(parameter: "code", predicate: .valueEquals("final")), []),
        (Match(parameter: "status", predicate: .valueEquals("final")), ["o1", "o3", "o4"]),
        (Match(parameter: "name", predicate: .valueContains("ths")), ["o4"]),
        (Match(parameter: "name", predicate: .valueHasPrefix("smi")), ["o3", "o4"]),
        (Match(parameter: "date", predicate: .low(.greaterThanOrEqual, 1000)), ["o1", "o2"]),
        (Match(parameter: "date", predicate: .low(.greaterThan, 1000)), ["o2"]),
        (Match(parameter: "date", predicate: .low(.equal, 500)), ["o4"]),
        (Match(parameter: "date", predicate: .high(.lessThan, 1999)), ["o4"]),
        (Match(parameter: "date", predicate: .high(.lessThanOrEqual, 1999)), ["o1", "o4"]),
        (Match(parameter: "date", predicate: .any([.low(.lessThan, 600), .high(.greaterThan, 2500)])), ["o2", "o4"]),
        (Match(parameter: "date", predicate: .not(.low(.lessThan, 1500))), ["o2"]),
    ])
    func eachPredicateSelectsItsRows(match: ResourceQuery.Match, expected: [String]) throws {
        #expect(try ids([.anyOf([match])]) == expected)
    }

    @Test func comparisonsNeverMatchANullColumn() throws {
        let low = Match(parameter: "name", predicate: .low(.lessThan, .max))
        let high = Match(parameter: "name", predicate: .high(.greaterThan, .min))
        #expect(try ids([.anyOf([low, high])]) == [])
    }

    @Test(arguments: [
        ("zo", ["o1", "o2", "o6", "o7"]),
        ("zoë", ["o1"]),
        ("zo\u{10FFFF}", ["o6"]),
        ("zoì", ["o7"]),
        ("", ["o1", "o2", "o3", "o4", "o6", "o7"]),
        ("smithsonian", []),
    ])
    func prefixMatchesExactlyTheValuesThatStartWithIt(prefix: String, expected: [String]) throws {
        #expect(try ids([.anyOf([Match(parameter: "name", predicate: .valueHasPrefix(prefix))])]) == expected)
    }

    @Test func anyOfMatchesAcrossParameters() throws {
        let matches = [
            Match(parameter: "status", predicate: .valueEquals("amended")),
            Match(parameter: "name", predicate: .valueHasPrefix("smi")),
        ]
        #expect(try ids([.anyOf(matches)]) == ["o2", "o3", "o4"])
    }

    @Test func noneOfExcludesResourcesWithAMatchingRow() throws {
        let final = Match(parameter: "status", predicate: .valueEquals("final"))
        #expect(try ids([.noneOf([final])]) == ["o2", "o5", "o6", "o7"])
    }

    @Test func missingSelectsByPresenceOfTheParameter() throws {
        #expect(try ids([.missing(parameter: "date", true)]) == ["o3", "o5", "o6", "o7"])
        #expect(try ids([.missing(parameter: "date", false)]) == ["o1", "o2", "o4"])
    }

    @Test func emptyConditionsMatchNothingOrEverything() throws {
        #expect(try ids([.anyOf([])]) == [])
        #expect(try ids([.noneOf([])]) == SearchFixture.allIDs)
        #expect(try ids([]) == SearchFixture.allIDs)
    }

    @Test func everyConditionMustHold() throws {
        let code = ResourceQuery.Condition.anyOf([Match(parameter: "code", predicate: .valueEquals("1234-5"))])
        let status = ResourceQuery.Condition.anyOf([Match(parameter: "status", predicate: .valueEquals("final"))])
        let dated = ResourceQuery.Condition.missing(parameter: "date", false)
        #expect(try ids([code, status]) == ["o1", "o3", "o4"])
        #expect(try ids([code, status, dated]) == ["o1", "o4"])
    }

    @Test func patientIDKeepsToThatPatientsResources() throws {
        let code = ResourceQuery.Condition.anyOf([Match(parameter: "code", predicate: .valueEquals("1234-5"))])
        #expect(try ids([], patientID: "p1") == ["o1", "o2"])
        #expect(try ids([code], patientID: "p2") == ["o3", "o4"])
        #expect(try ids([], patientID: "nobody") == [])
    }

    @Test func searchKeepsToTheQueriedType() throws {
        let store = try SearchFixture.makeStore(on: database)
        let name = Match(parameter: "name", predicate: .valueEquals("zoë"))
        let patients = try store.search(ResourceQuery(type: "Patient", conditions: [.anyOf([name])]))
        #expect(patients.map(\.resource.id) == ["p1"])
        #expect(patients.first?.resource.type == "Patient")
    }

    @Test func matchesCarryTheStoredResource() throws {
        let store = try SearchFixture.makeStore(on: database)
        let match = try #require(try store.search(ResourceQuery(type: "Observation", limit: 1)).first)
        #expect(match.position == 1)
        #expect(match.resource == Fixtures.resource(id: "o1", patientID: "p1"))
    }

    @Test func countIgnoresStartPositionAndLimit() throws {
        let store = try SearchFixture.makeStore(on: database)
        let final = ResourceQuery.Condition.anyOf([Match(parameter: "status", predicate: .valueEquals("final"))])
        let query = ResourceQuery(type: "Observation", conditions: [final], startPosition: 4, limit: 1)
        #expect(try store.search(query).map(\.resource.id) == ["o4"])
        #expect(try store.count(query) == 3)
        #expect(try store.count(ResourceQuery(type: "Observation")) == 7)
        #expect(try store.count(ResourceQuery(type: "Observation", patientID: "p2")) == 2)
        #expect(try store.count(ResourceQuery(type: "Encounter")) == 0)
    }

    @Test func limitCapsThePage() throws {
        let store = try SearchFixture.makeStore(on: database)
        #expect(
            try store.search(ResourceQuery(type: "Observation", limit: 3)).map(\.resource.id) == ["o1", "o2", "o3"]
        )
        #expect(try store.search(ResourceQuery(type: "Observation", limit: 0)).isEmpty)
    }
}
