import Foundation

@testable import SandboxStore

/// A database path no other test uses, in the temporary directory; the file and its WAL
/// companions are removed when the value goes away.
final class TemporaryDatabase: Sendable {
    let path: String

    init() {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("store-test-\(UUID().uuidString).sqlite")
            .path
    }

    deinit {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// A store on this path, with a reader pool of `readers` connections.
    func makeStore(readers: Int = 4) throws -> ResourceStore {
        try ResourceStore(path: path, configuration: ResourceStore.Configuration(maximumReaders: readers))
    }

    /// A plain connection on this path, for looking at the tables directly.
    func makeConnection(readOnly: Bool = false) throws -> DatabaseConnection {
        try DatabaseConnection(path: path, configuration: DatabaseConnection.Configuration(isReadOnly: readOnly))
    }
}
