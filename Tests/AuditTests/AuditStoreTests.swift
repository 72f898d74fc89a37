import SandboxStore
import Testing

@testable import Audit

@Suite struct AuditStoreTests {
    @Test func theAuditFileLivesBesideTheResourceDatabase() {
        #expect(
            AuditStore.path(besideDatabase: "/var/lib/sandbox/data.sqlite")
                == "/var/lib/sandbox/data.sqlite.audit.sqlite"
        )
    }

    @Test func entriesSurviveReopeningTheFile() throws {
        let file = TemporaryAuditFile()
        do {
            let store = try file.makeStore()
            try store.append(Sample.varied)
            try store.close()
        }
        let reopened = try file.makeStore()
        #expect(try reopened.entries(matching: AuditFilter()).map(\.requestID) == Sample.varied.map(\.requestID))
    }

    @Test func aNewFileGetsTheAuditTableItsIndexesAndWAL() throws {
        let file = TemporaryAuditFile()
        _ = try file.makeStore()
        let connection = try DatabaseConnection(path: file.path)

        #expect(try Migrator.version(of: connection) == 1)
        let names = try connection.prepare(sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'audit_entry'")
            .fetchAll { $0.string(at: 0) ?? "" }
        #expect(names.contains("audit_entry"))
        #expect(names.filter { $0.hasPrefix("audit_entry_by_") }.count == 7)
        let mode = try connection.prepare(sql: "PRAGMA journal_mode").fetchOne { $0.string(at: 0) }
        #expect(mode == "wal")
    }

    @Test func aFileFromANewerBuildIsRefused() throws {
        let file = TemporaryAuditFile()
        let connection = try DatabaseConnection(path: file.path)
        try connection.execute(sql: "PRAGMA user_version = 99")
        try connection.close()

        #expect(throws: DatabaseError.self) { try file.makeStore() }
    }

    @Test func theStatusFilterUsesItsIndex() throws {
        let file = TemporaryAuditFile()
        _ = try file.makeStore()
        let connection = try DatabaseConnection(path: file.path)
        let query = AuditQuery(filter: AuditFilter(status: .inClass(4)))

        let plan = try connection.prepare(sql: "EXPLAIN QUERY PLAN " + query.sql)
            .fetchAll(query.bindings) { $0.string(at: 3) ?? "" }
        #expect(plan.contains { $0.contains("audit_entry_by_status") })
    }
}
