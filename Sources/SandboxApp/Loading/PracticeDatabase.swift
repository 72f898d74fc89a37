import Athena
package import FHIR
import Foundation
package import SandboxStore
package import SandboxSupport

/// The sandbox's database: the store, the repository over it, and the facts about how it was
/// seeded.
package struct PracticeDatabase: Sendable {
    package let store: ResourceStore
    package let repository: ResourceRepository
    package let practiceID: Int
    package let offsetMinutes: Int

    /// Opens (creating when needed) the database at `path`.
    package init(path: String, practiceID: Int = 195_900, offsetMinutes: Int = -300, clock: SimulatedClock) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            store = try ResourceStore(path: path)
        } catch let error as DatabaseError {
            throw OpenError(description: "cannot open the database at \(path): \(error.message)")
        } catch {
            throw OpenError(description: "cannot open the database at \(path): \(error.localizedDescription)")
        }
        repository = ResourceRepository(
            store: store,
            catalog: AthenaCatalog.catalog,
            clock: clock,
            offsetMinutes: offsetMinutes
        )
        self.practiceID = practiceID
        self.offsetMinutes = offsetMinutes
    }

    /// Whether nothing has been stored yet.
    package var isEmpty: Bool {
        get throws { try store.resourceCounts().values.reduce(0, +) == 0 }
    }

    /// Stamps the practice on each resource and stores them all in one transaction.
    ///
    /// - Parameters:
    ///   - resources: The resources, each with a type and an id.
    ///   - clock: The clock `meta.lastUpdated` comes from; the database's own by default.
    /// - Throws: `RepositoryError` or `DatabaseError`; nothing is stored then.
    package func save(_ resources: [JSONValue], stampedBy clock: SimulatedClock? = nil) throws {
        let stamped = resources.map { resource in
            var copy = resource
            PracticeTenancy.stamp(&copy, practiceID: practiceID)
            return copy
        }
        guard let clock else {
            try repository.save(stamped)
            return
        }
        let repository = ResourceRepository(
            store: store,
            catalog: repository.catalog,
            clock: clock,
            offsetMinutes: offsetMinutes
        )
        try repository.save(stamped)
    }

    /// The next unused number for ids of `kind` (`E` for patients), which it then reserves.
    package func allocateNumber(kind: String, startingAt first: Int = 1) throws -> Int {
        let key = "next-number.\(kind)"
        let next = try store.setting(key).flatMap { Int($0) } ?? first
        try store.setSetting(key, String(next + 1))
        return next
    }

    /// Records that numbers below `next` are taken for `kind`.
    package func reserveNumbers(kind: String, below next: Int) throws {
        let key = "next-number.\(kind)"
        let current = try store.setting(key).flatMap { Int($0) } ?? 1
        if next > current { try store.setSetting(key, String(next)) }
    }
}

/// A database file that cannot be opened or created, in one line.
struct OpenError: Error, CustomStringConvertible {
    var description: String
}
