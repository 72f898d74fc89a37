import Athena
package import Foundation
import SandboxStore
import SandboxSupport
package import Seeding

/// Fills a database with a synthetic practice.
package struct PracticeSeeder {
    package var seed: UInt64
    package var patientCount: Int
    package var seedDataDirectory: URL?

    package init(seed: UInt64, patientCount: Int, seedDataDirectory: URL? = nil) {
        self.seed = seed
        self.patientCount = patientCount
        self.seedDataDirectory = seedDataDirectory
    }

    /// Replaces everything in `database` with the practice made from ``seed``.
    ///
    /// - Returns: How many resources of each type were stored.
    @discardableResult
    package func seed(_ database: PracticeDatabase) throws -> [String: Int] {
        let directory = try seedDataDirectory ?? SeedData.defaultDirectory()
        let seedData = try SeedData.load(from: directory)
        var configuration = SyntheticPractice.Configuration(seedData: seedData)
        configuration.seed = seed
        configuration.patientCount = patientCount
        configuration.practiceID = database.practiceID
        configuration.offsetMinutes = database.offsetMinutes
        let resources = SyntheticPractice(configuration: configuration).makeResources()

        try database.store.removeAll()
        for start in stride(from: 0, to: resources.count, by: 20_000) {
            try database.save(Array(resources[start..<min(start + 20_000, resources.count)]))
        }
        try reserveNumbers(of: resources, in: database)
        try database.store.setSetting("seed", String(seed))
        try database.store.setSetting("patients", String(patientCount))
        return try database.store.resourceCounts()
    }

    /// Marks every number the generator used, so imported resources get fresh ids.
    private func reserveNumbers(of resources: [JSONValue], in database: PracticeDatabase) throws {
        var highest: [String: Int] = [:]
        for resource in resources {
            guard let id = resource["id"]?.stringValue, let dot = id.firstIndex(of: "."),
                let dash = id[dot...].lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...])
            else { continue }
            let kind = String(id[id.index(after: dot)..<dash])
            highest[kind] = max(highest[kind] ?? 0, number)
        }
        for (kind, number) in highest {
            try database.reserveNumbers(kind: kind, below: number + 1)
        }
    }
}
