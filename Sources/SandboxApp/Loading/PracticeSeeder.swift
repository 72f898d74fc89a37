import Athena
package import Foundation
import SandboxStore
import SandboxSupport
import Seeding

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
        let practice = SyntheticPractice(configuration: configuration)

        try database.store.removeAll()
        // Seeded resources are stamped at the fixed start, whatever clock the server runs on,
        // so the same seed always gives the same bytes.
        let stamp = SimulatedClock()
        var batch: [JSONValue] = []
        var highest: [String: Int] = [:]
        try practice.forEachResource { resource in
            Self.noteNumber(of: resource, in: &highest)
            batch.append(resource)
            if batch.count == Self.batchSize {
                try database.save(batch, stampedBy: stamp)
                batch.removeAll(keepingCapacity: true)
            }
        }
        try database.save(batch, stampedBy: stamp)
        for (kind, number) in highest.sorted(by: { $0.key < $1.key }) {
            try database.reserveNumbers(kind: kind, below: number + 1)
        }
        try database.store.setSetting("seed", String(seed))
        try database.store.setSetting("patients", String(patientCount))
        try database.store.checkpoint()
        try database.discardSnapshot()
        return try database.store.resourceCounts()
    }

    /// How many resources go into one transaction; bounds memory for large practices.
    private static let batchSize = 20_000

    /// Records the number in an id shaped `a-{practice}.{kind}-{number}`, so that imported
    /// resources get fresh ids later.
    private static func noteNumber(of resource: JSONValue, in highest: inout [String: Int]) {
        guard let id = resource["id"]?.stringValue, let dot = id.firstIndex(of: "."),
            let dash = id[dot...].lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...])
        else { return }
        let kind = String(id[id.index(after: dot)..<dash])
        highest[kind] = max(highest[kind] ?? 0, number)
    }
}
