import Foundation
import SandboxStore
import SandboxSupport
package import Seeding

/// Loads FHIR Bundle files into a database, each file whole or not at all.
package struct BundleLoader {
    /// What became of one file.
    package struct Outcome {
        package var fileName: String
        package var loaded: [String: Int]
        package var skipped: [SkippedEntry]
    }

    private let database: PracticeDatabase
    private let numbers: NumberAllocator
    private var importer: BundleImporter

    package init(database: PracticeDatabase) throws {
        self.database = database
        let numbers = try NumberAllocator(database: database)
        self.numbers = numbers
        importer = BundleImporter(configuration: .init(practiceID: database.practiceID)) { kind in
            numbers.next(kind)
        }
    }

    /// Converts and stores one file.
    ///
    /// - Throws: `ImportError` naming the file when it cannot be read or converted, and the
    ///   store's error when it cannot be written; nothing of the file is stored then.
    package mutating func load(file path: String) throws -> Outcome {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): the file cannot be read")
        }
        let bundle = try importer.convert(fileName: fileName, bytes: Array(data))
        try database.save(bundle.resources)
        try numbers.persist()
        return Outcome(fileName: fileName, loaded: bundle.loaded, skipped: bundle.skipped)
    }
}

/// A file the loader could not get at.
struct LoadError: Error, CustomStringConvertible {
    var description: String
}

/// Hands out id numbers per kind, starting after what the database has used, and records them.
final class NumberAllocator {
    private var nextByKind: [String: Int] = [:]
    private let database: PracticeDatabase

    init(database: PracticeDatabase) throws {
        self.database = database
    }

    func next(_ kind: String) -> Int {
        let stored = (try? database.store.setting("next-number.\(kind)")).flatMap { $0.flatMap(Int.init) }
        let number = nextByKind[kind] ?? stored ?? 1
        nextByKind[kind] = number + 1
        return number
    }

    func persist() throws {
        for (kind, next) in nextByKind.sorted(by: { $0.key < $1.key }) {
            try database.reserveNumbers(kind: kind, below: next)
        }
    }
}
