import Testing

@testable import SandboxStore

@Suite struct MigrationTests {
    let database = TemporaryDatabase()

    private func tableNames(_ connection: DatabaseConnection) throws -> [String] {
        try connection.prepare(sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .fetchAll { $0.string(at: 0) ?? "" }
    }

    @Test func newDatabaseGetsTheLatestSchema() throws {
        let connection = try database.makeConnection()
        let version = try Migrator().migrate(connection)
        #expect(version == Migration.latestVersion)
        #expect(try Migrator.version(of: connection) == 1)
        #expect(try tableNames(connection) == ["resource", "search_index", "setting"])
    }

    @Test func migratingAgainChangesNothing() throws {
        let connection = try database.makeConnection()
        try Migrator().migrate(connection)
        try connection.execute(sql: "INSERT INTO setting (key, value) VALUES ('seed', '7')")
        let schema = try connection.prepare(sql: "SELECT sql FROM sqlite_schema ORDER BY name")
            .fetchAll { $0.string(at: 0) }

        #expect(try Migrator().migrate(connection) == 1)
        #expect(try Migrator().migrate(connection) == 1)
        #expect(
            try connection.prepare(sql: "SELECT sql FROM sqlite_schema ORDER BY name").fetchAll { $0.string(at: 0) }
                == schema
        )
        #expect(try connection.prepare(sql: "SELECT value FROM setting").fetchOne { $0.string(at: 0) } == "7")
    }

    @Test func reopeningAStoreKeepsItsData() throws {
        do {
            let store = try database.makeStore()
            try store.write([Fixtures.write(id: "o1")])
        }
        let reopened = try database.makeStore()
        #expect(try reopened.read(type: "Observation", id: "o1") != nil)
    }

    @Test func databaseFromANewerBuildIsRefused() throws {
        let connection = try database.makeConnection()
        try connection.execute(sql: "PRAGMA user_version = 99")
        let error = try #require(throws: DatabaseError.self) {
            try Migrator().migrate(connection)
        }
        #expect(error.isUnsupportedSchema)
        #expect(error.code == nil)
    }

    @Test func failingStepLeavesTheLastCompleteVersion() throws {
        let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE extra (x); CREATE TABLE resource (x)")
        let connection = try database.makeConnection()
        let error = try #require(throws: DatabaseError.self) {
            try Migrator(migrations: Migration.all + [broken]).migrate(connection)
        }
        #expect(error.code == .error)
        #expect(try Migrator.version(of: connection) == 1)
        #expect(try tableNames(connection).contains("extra") == false)
    }
}
