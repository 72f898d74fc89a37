import Testing

@testable import SandboxStore

@Suite struct DatabaseConnectionTests {
    let database = TemporaryDatabase()

    private func pragma(_ name: String, on connection: DatabaseConnection) throws -> String? {
        try connection.prepare(sql: "PRAGMA \(name)").fetchOne { $0.string(at: 0) ?? "" }
    }

    @Test func setupTurnsOnWALForeignKeysAndNormalSync() throws {
        let connection = try database.makeConnection()
        #expect(try pragma("journal_mode", on: connection) == "wal")
        #expect(try pragma("foreign_keys", on: connection) == "1")
        #expect(try pragma("synchronous", on: connection) == "1")
        #expect(try pragma("busy_timeout", on: connection) == "5000")
    }

    @Test func readOnlyConnectionCannotWrite() throws {
        let writer = try database.makeConnection()
        try writer.execute(sql: "CREATE TABLE t (x INTEGER)")
        let reader = try database.makeConnection(readOnly: true)
        let error = try #require(throws: DatabaseError.self) {
            try reader.execute(sql: "INSERT INTO t VALUES (1)")
        }
        #expect(error.code?.primary == .readOnly)
        #expect(error.sql == "INSERT INTO t VALUES (1)")
    }

    @Test func openingAMissingFileReadOnlyFailsWithCannotOpen() throws {
        let error = try #require(throws: DatabaseError.self) {
            try database.makeConnection(readOnly: true)
        }
        #expect(error.code?.primary == .cannotOpen)
    }

    @Test func syntaxErrorFailsWithErrorCodeAndKeepsTheSQL() throws {
        let connection = try database.makeConnection()
        let error = try #require(throws: DatabaseError.self) {
            try connection.prepare(sql: "SELEC 1")
        }
        #expect(error.code == .error)
        #expect(error.sql == "SELEC 1")
    }

    @Test func sqlWithoutAStatementIsMisuse() throws {
        let connection = try database.makeConnection()
        let error = try #require(throws: DatabaseError.self) {
            try connection.prepare(sql: "-- nothing")
        }
        #expect(error.code == .misuse)
    }

    @Test func notNullViolationCarriesItsExtendedCode() throws {
        let connection = try database.makeConnection()
        try Migrator().migrate(connection)
        let statement = try connection.prepare(
            sql: "INSERT INTO resource (type, id, version_id, last_updated, json) VALUES (?, ?, 1, 'x', x'00')"
        )
        let error = try #require(throws: DatabaseError.self) {
            try statement.execute([.null, .text("secret-id")])
        }
        #expect(error.code == .constraintNotNull)
        #expect(error.code?.primary == .constraint)
        #expect(error.description.contains("secret-id") == false)
    }

    @Test func uniqueViolationCarriesItsExtendedCode() throws {
        let connection = try database.makeConnection()
        try connection.execute(sql: "CREATE TABLE t (x INTEGER UNIQUE)")
        let insert = try connection.prepare(sql: "INSERT INTO t VALUES (?)")
        try insert.execute([.integer(7)])
        let error = try #require(throws: DatabaseError.self) {
            try insert.execute([.integer(7)])
        }
        #expect(error.code == .constraintUnique)
    }

    @Test func bindingTheWrongNumberOfValuesFailsWithRange() throws {
        let connection = try database.makeConnection()
        let statement = try connection.prepare(sql: "SELECT ? + ?")
        let error = try #require(throws: DatabaseError.self) {
            try statement.bind([.integer(1)])
        }
        #expect(error.code == .range)
    }

    @Test(arguments: [
        DatabaseValue.null, .integer(-42), .integer(.max), .real(2.5), .text(""), .text("zoë 🩺"),
        .text("a\u{0}b"), .blob([]), .blob([0, 255, 10, 0]),
    ])
    func valuesSurviveABindAndReadRoundTrip(value: DatabaseValue) throws {
        let connection = try database.makeConnection()
        try connection.execute(sql: "CREATE TABLE t (v)")
        try connection.prepare(sql: "INSERT INTO t VALUES (?)").execute([value])
        let stored = try connection.prepare(sql: "SELECT v FROM t").fetchOne { $0.value(at: 0) }
        #expect(stored == value)
    }

    @Test func cachedStatementIsReusedAndStartsFromFreshBindings() throws {
        let connection = try database.makeConnection()
        let first = try connection.cachedStatement(sql: "SELECT ?")
        let second = try connection.cachedStatement(sql: "SELECT ?")
        #expect(first === second)
        #expect(try first.fetchOne([.integer(1)]) { $0.int64(at: 0) } == 1)
        #expect(try second.fetchOne([.integer(2)]) { $0.int64(at: 0) } == 2)
        #expect(connection.cachedStatementCount == 1)
    }

    @Test func statementCacheStaysWithinItsCapacity() throws {
        let connection = try DatabaseConnection(
            path: database.path,
            configuration: DatabaseConnection.Configuration(statementCacheCapacity: 3)
        )
        for number in 0..<10 {
            _ = try connection.cachedStatement(sql: "SELECT \(number)")
        }
        #expect(connection.cachedStatementCount == 3)
    }

    @Test func closeFailsWithBusyWhileACallerHoldsAStatementThenSucceeds() throws {
        let connection = try database.makeConnection()
        _ = try connection.cachedStatement(sql: "SELECT 1")
        var held: Statement? = try connection.prepare(sql: "SELECT 2")
        let error = try #require(throws: DatabaseError.self) {
            try connection.close()
        }
        #expect(error.code == .busy)
        #expect(connection.isClosed == false)
        #expect(held?.sql == "SELECT 2")

        held = nil
        try connection.close()
        #expect(connection.isClosed)
    }

    @Test func transactionCommitsWhenBodyReturns() throws {
        let connection = try database.makeConnection()
        try connection.execute(sql: "CREATE TABLE t (x INTEGER)")
        try connection.inTransaction {
            try connection.execute(sql: "INSERT INTO t VALUES (1)")
        }
        #expect(connection.isInTransaction == false)
        #expect(try connection.prepare(sql: "SELECT count(*) FROM t").fetchOne { $0.int64(at: 0) } == 1)
    }

    @Test func transactionRollsBackWhenBodyThrows() throws {
        let connection = try database.makeConnection()
        try connection.execute(sql: "CREATE TABLE t (x INTEGER UNIQUE)")
        #expect(throws: DatabaseError.self) {
            try connection.inTransaction {
                try connection.execute(sql: "INSERT INTO t VALUES (1)")
                try connection.execute(sql: "INSERT INTO t VALUES (1)")
            }
        }
        #expect(connection.isInTransaction == false)
        #expect(try connection.prepare(sql: "SELECT count(*) FROM t").fetchOne { $0.int64(at: 0) } == 0)
    }
}
