import Foundation
import Synchronization

/// Where the sandbox keeps FHIR resources: canonical JSON bytes plus search-index rows, in one
/// SQLite file.
///
/// The store knows nothing of FHIR. It upserts resources by type and id, hands their bytes back
/// unchanged, and answers ``ResourceQuery`` values over the index rows the caller extracted.
///
/// Every method is synchronous and may be called from many threads at once. Writes go through
/// one writer connection behind a mutex; reads borrow one of a small pool of read-only
/// connections. The file is in WAL mode, so reads run while a write commits and see either all
/// of a batch or none of it.
///
/// ```swift
/// let store = try ResourceStore(path: "/var/lib/sandbox/data.sqlite")
/// try store.write([ResourceWrite(resource: patient, index: entries)])
/// let page = try store.search(ResourceQuery(type: "Observation", patientID: "a-1", limit: 50))
/// ```
package final class ResourceStore: Sendable {
    /// How the store opens its connections.
    package struct Configuration: Sendable {
        /// The most reader connections open at once.
        package var maximumReaders: Int
        /// How long a call waits for a lock held by another connection, in milliseconds.
        package var busyTimeoutMilliseconds: Int32

        package init(
            maximumReaders: Int = ProcessInfo.processInfo.activeProcessorCount * 2,
            busyTimeoutMilliseconds: Int32 = 5_000
        ) {
            self.maximumReaders = maximumReaders
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        }
    }

    /// The database file's path.
    package let path: String
    private let writer: Mutex<DatabaseConnection>
    let readers: ReaderPool

    /// Opens the database at `path`, creating the file if needed, and brings its schema up to
    /// date.
    ///
    /// - Throws: ``DatabaseError`` when the file cannot be opened or migrated, including
    ///   ``DatabaseError/isUnsupportedSchema`` for a file written by a newer build.
    package init(path: String, configuration: Configuration = Configuration()) throws {
        let connection = try DatabaseConnection(
            path: path,
            configuration: DatabaseConnection.Configuration(
                busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds
            )
        )
        try Migrator().migrate(connection)
        self.path = path
        writer = Mutex(connection)
        readers = ReaderPool(
            path: path,
            capacity: configuration.maximumReaders,
            busyTimeoutMilliseconds: configuration.busyTimeoutMilliseconds
        )
    }

    /// Runs `body` with the writer connection, holding the writer lock throughout.
    func withWriter<Result: Sendable>(_ body: (DatabaseConnection) throws -> Result) throws -> Result {
        try writer.withLock { connection in
            try body(connection)
        }
    }

    /// Runs `body` with a reader connection borrowed from the pool.
    func withReader<Result>(_ body: (DatabaseConnection) throws -> Result) throws -> Result {
        try readers.withConnection(body)
    }
}
