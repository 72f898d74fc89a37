import Dispatch
import Synchronization

/// A bounded set of read-only connections, each lent to one caller at a time.
///
/// Connections open lazily, the first time every open one is busy, up to ``capacity``. A caller
/// that finds all of them busy waits on a semaphore until one comes back. The pool suits
/// synchronous callers on threads of their own (the HTTP server's); it blocks the calling
/// thread, so it does not belong on Swift's cooperative pool.
final class ReaderPool: Sendable {
    /// The most connections the pool opens.
    let capacity: Int
    private let path: String
    private let configuration: DatabaseConnection.Configuration
    /// One permit per connection that may be lent at once.
    private let permits: DispatchSemaphore
    private let idle = Mutex<[PooledConnection]>([])

    /// Creates an empty pool; no connection opens until the first ``withConnection(_:)``.
    ///
    /// - Parameters:
    ///   - path: The database file; it must exist.
    ///   - capacity: The most connections to open, at least 1.
    ///   - busyTimeoutMilliseconds: Each connection's busy timeout.
    init(path: String, capacity: Int, busyTimeoutMilliseconds: Int32) {
        self.capacity = max(1, capacity)
        self.path = path
        configuration = DatabaseConnection.Configuration(
            isReadOnly: true,
            busyTimeoutMilliseconds: busyTimeoutMilliseconds
        )
        permits = DispatchSemaphore(value: self.capacity)
    }

    /// Lends a connection to `body` and takes it back when `body` returns or throws.
    ///
    /// - Throws: ``DatabaseError`` when a new connection cannot open, or what `body` throws.
    func withConnection<Result>(_ body: (DatabaseConnection) throws -> Result) throws -> Result {
        permits.wait()
        defer { permits.signal() }

        let lease = try checkOut()
        defer { idle.withLock { $0.append(lease) } }
        return try body(lease.connection)
    }

    /// How many connections the pool has opened and not lent out.
    var idleCount: Int {
        idle.withLock { $0.count }
    }

    /// An idle connection, or a new one when none is idle.
    ///
    /// Holding a permit guarantees a new connection stays within ``capacity``: every opened
    /// connection is either idle or held by a caller that holds a permit.
    private func checkOut() throws -> PooledConnection {
        if let lease = idle.withLock({ $0.popLast() }) {
            return lease
        }
        return PooledConnection(try DatabaseConnection(path: path, configuration: configuration))
    }
}

/// A reader connection while it moves between the pool and its borrowers.
///
/// `@unchecked Sendable` is sound because the box is never shared: it is either in the pool's
/// idle list, where only the mutex reaches it, or held by exactly one borrower, which took it
/// out under the mutex and puts it back under the mutex. The mutex orders each borrower's use
/// after the previous one's, and SQLite allows a connection opened with `SQLITE_OPEN_NOMUTEX`
/// to move between threads as long as two threads never use it at once.
final class PooledConnection: @unchecked Sendable {
    let connection: DatabaseConnection

    init(_ connection: DatabaseConnection) {
        self.connection = connection
    }
}
