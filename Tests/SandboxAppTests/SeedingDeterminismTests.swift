import Foundation
import SandboxApp
import SandboxStore
import SandboxSupport
import Testing

@Suite struct SeedingDeterminismTests {
    private func seededDigest(seed: UInt64, patients: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).sqlite")
            .path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try PracticeDatabase(path: path, clock: SimulatedClock())
        try PracticeSeeder(seed: seed, patientCount: patients).seed(database)
        #expect(try database.store.integrityCheck())
        return try database.store.contentDigest()
    }

    @Test func seedingTwiceWithTheSameSeedGivesIdenticalDatabases() throws {
        let first = try seededDigest(seed: 42, patients: 6)
        let second = try seededDigest(seed: 42, patients: 6)
        #expect(first == second)
    }

    @Test func anotherSeedGivesAnotherDatabase() throws {
        #expect(try seededDigest(seed: 42, patients: 6) != seededDigest(seed: 43, patients: 6))
    }

    @Test func reseedingReplacesEverythingAndReservesIdNumbersForImports() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reseed-\(UUID().uuidString).sqlite")
            .path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try PracticeDatabase(path: path, clock: SimulatedClock())
        try PracticeSeeder(seed: 1, patientCount: 5).seed(database)
        let counts = try PracticeSeeder(seed: 1, patientCount: 3).seed(database)
        #expect(counts["Patient"] == 3)
        #expect(try database.allocateNumber(kind: "E") == 1004)
    }
}
