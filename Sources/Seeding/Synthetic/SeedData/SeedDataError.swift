/// Seed data that could not be found or read.
package struct SeedDataError: Error, Sendable, CustomStringConvertible {
    private enum Reason: Sendable {
        case notFound
        case unreadable(file: String)
        case malformed(file: String, detail: String)
        case unknownKey(file: String, key: String)
        case empty(file: String)
    }

    private let reason: Reason

    /// No `SeedData` folder was found where the sandbox looks for one.
    package static let notFound = SeedDataError(reason: .notFound)

    /// A file the manifest names could not be read.
    package static func unreadable(file: String) -> SeedDataError {
        SeedDataError(reason: .unreadable(file: file))
    }

    /// A file is not the JSON shape the loader expects.
    package static func malformed(file: String, detail: String) -> SeedDataError {
        SeedDataError(reason: .malformed(file: file, detail: detail))
    }

    /// An entry refers to a key no other file defines.
    package static func unknownKey(file: String, key: String) -> SeedDataError {
        SeedDataError(reason: .unknownKey(file: file, key: key))
    }

    /// A list the generator draws from has no entries.
    package static func empty(file: String) -> SeedDataError {
        SeedDataError(reason: .empty(file: file))
    }

    package var description: String {
        switch reason {
        case .notFound:
            "no SeedData folder found; set ATHENA_SANDBOX_SEED_DATA to its path"
        case .unreadable(let file):
            "seed data file \(file) could not be read"
        case .malformed(let file, let detail):
            "seed data file \(file) is malformed: \(detail)"
        case .unknownKey(let file, let key):
            "seed data file \(file) refers to unknown key \(key)"
        case .empty(let file):
            "seed data file \(file) has no entries"
        }
    }
}
