import Testing

@testable import SandboxStore

@Suite struct ResourceStoreWriteTests {
    let database = TemporaryDatabase()

    @Test func readReturnsTheExactBytesWritten() throws {
        let store = try database.makeStore()
        let bytes: [UInt8] = Array(#"{"a":"zoë","b":[1,2.50]}"#.utf8) + [0, 0xFF, 0xC3]
        let resource = Fixtures.resource(id: "o1", patientID: nil, versionID: 3, json: bytes)
        try store.write([ResourceWrite(resource: resource, index: [])])

        let read = try #require(try store.read(type: "Observation", id: "o1"))
        #expect(read == resource)
        #expect(read.json == bytes)
    }

    @Test func readOfAnUnknownResourceIsNil() throws {
        let store = try database.makeStore()
        try store.write([Fixtures.write(id: "o1")])
        #expect(try store.read(type: "Observation", id: "o2") == nil)
        #expect(try store.read(type: "Condition", id: "o1") == nil)
    }

    @Test func positionsFollowWriteOrder() throws {
        let store = try database.makeStore()
        try store.write([Fixtures.write(id: "b"), Fixtures.write(id: "a")])
        try store.write([Fixtures.write(id: "c")])
        let matches = try store.search(ResourceQuery(type: "Observation"))
        #expect(matches.map(\.resource.id) == ["b", "a", "c"])
        #expect(matches.map(\.position) == [1, 2, 3])
    }

    @Test func upsertKeepsThePositionAndReplacesTheIndexRows() throws {
        let store = try database.makeStore()
        try store.write([
            Fixtures.write(id: "o1", index: [IndexEntry(parameter: "code", value: "old"), IndexEntry(parameter: "x")]),
            Fixtures.write(id: "o2"),
        ])
        try store.write([Fixtures.write(id: "o1", versionID: 2, index: [IndexEntry(parameter: "code", value: "new")])])

        let matches = try store.search(ResourceQuery(type: "Observation"))
        #expect(matches.map(\.resource.id) == ["o1", "o2"])
        #expect(matches[0].position == 1)
        #expect(matches[0].resource.versionID == 2)
        #expect(matches[0].resource.json == Fixtures.resource(id: "o1", versionID: 2).json)
        #expect(try Fixtures.rowCount(in: database, "search_index") == 1)
        #expect(try Fixtures.rowCount(in: database, "search_index", where: "value = 'new' AND position = 1") == 1)
    }

    @Test func failingBatchStoresNothing() throws {
        let store = try database.makeStore()
        try store.write([Fixtures.write(id: "kept", index: [IndexEntry(parameter: "code", value: "a")])])
        try database.makeConnection().execute(
            sql: """
                CREATE TRIGGER reject BEFORE INSERT ON resource WHEN NEW.id = 'poison'
                BEGIN SELECT RAISE(ABORT, 'rejected'); END
                """
        )

        let error = try #require(throws: DatabaseError.self) {
            try store.write([
                Fixtures.write(id: "kept", versionID: 2, index: [IndexEntry(parameter: "code", value: "b")]),
                Fixtures.write(id: "fresh", index: [IndexEntry(parameter: "code", value: "c")]),
                Fixtures.write(id: "poison"),
            ])
        }
        #expect(error.code == .constraintTrigger)
        #expect(error.sql?.contains("INSERT INTO resource") == true)
        #expect(error.description.contains("poison") == false)

        #expect(try store.read(type: "Observation", id: "kept")?.versionID == 1)
        #expect(try store.read(type: "Observation", id: "fresh") == nil)
        #expect(try Fixtures.rowCount(in: database, "search_index") == 1)
        #expect(try Fixtures.rowCount(in: database, "search_index", where: "value = 'a'") == 1)
    }

    @Test func storeStillWritesAfterAFailedBatch() throws {
        let store = try database.makeStore()
        try database.makeConnection().execute(
            sql: """
                CREATE TRIGGER reject BEFORE INSERT ON resource WHEN NEW.id = 'poison'
                BEGIN SELECT RAISE(ABORT, 'rejected'); END
                """
        )
        #expect(throws: DatabaseError.self) {
            try store.write([Fixtures.write(id: "poison")])
        }
        try store.write([Fixtures.write(id: "o1")])
        #expect(try store.read(type: "Observation", id: "o1") != nil)
    }

    @Test func deleteRemovesTheResourceAndItsIndexRows() throws {
        let store = try database.makeStore()
        try store.write([
            Fixtures.write(id: "o1", index: [IndexEntry(parameter: "code", value: "a")]),
            Fixtures.write(id: "o2", index: [IndexEntry(parameter: "code", value: "b")]),
        ])
        #expect(try store.delete(type: "Observation", id: "o1"))
        #expect(try store.delete(type: "Observation", id: "o1") == false)
        #expect(try store.read(type: "Observation", id: "o1") == nil)
        #expect(try Fixtures.rowCount(in: database, "search_index") == 1)
        #expect(try Fixtures.rowCount(in: database, "search_index", where: "value = 'b'") == 1)
    }

    @Test func removeAllEmptiesTheStoreAndRestartsPositions() throws {
        let store = try database.makeStore()
        try store.write([Fixtures.write(id: "o1", index: [IndexEntry(parameter: "code")]), Fixtures.write(id: "o2")])
        try store.setSetting("seed", "42")
        try store.removeAll()

        #expect(try store.resourceCounts().isEmpty)
        #expect(try store.setting("seed") == nil)
        #expect(try Fixtures.rowCount(in: database, "search_index") == 0)
        try store.write([Fixtures.write(id: "o3")])
        #expect(try store.search(ResourceQuery(type: "Observation")).map(\.position) == [1])
    }

    @Test func resourceCountsArePerType() throws {
        let store = try database.makeStore()
        try store.write([
            Fixtures.write(type: "Patient", id: "p1"),
            Fixtures.write(type: "Observation", id: "o1"),
            Fixtures.write(type: "Observation", id: "o2"),
        ])
        #expect(try store.resourceCounts() == ["Patient": 1, "Observation": 2])
    }

    @Test func settingsAreStoredAndReplaced() throws {
        let store = try database.makeStore()
        #expect(try store.setting("seed") == nil)
        try store.setSetting("seed", "1")
        try store.setSetting("seed", "2")
        try store.setSetting("clock", "")
        #expect(try store.setting("seed") == "2")
        #expect(try store.setting("clock") == "")
    }
}
