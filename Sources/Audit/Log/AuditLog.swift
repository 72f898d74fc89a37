import Dispatch
import Foundation
package import SandboxSupport
import Synchronization

/// The audit log: takes an entry for every request without slowing it down, and writes the
/// entries to an ``AuditStore`` in batches on a thread of its own.
///
/// ``record(_:)`` only appends to an in-memory queue under a mutex and returns. A dedicated
/// `Thread` (not a task: its SQLite calls block, and the cooperative pool must not wait on a
/// disk) wakes every ``Configuration/flushIntervalMilliseconds``, or as soon as
/// ``Configuration/batchSize`` entries are waiting, and writes what is waiting in one
/// transaction.
///
/// ``flush()`` returns once everything recorded before it was called is written; queries
/// flush first, so they see every earlier request. ``close()`` flushes and stops the thread.
///
/// ```swift
/// let log = try AuditLog(path: databasePath + ".audit.sqlite", logger: logger)
/// log.record(entry)                      // on the request path
/// let recent = try log.entries(matching: AuditFilter(afterSequence: 120))
/// log.close()                            // at shutdown
/// ```
package final class AuditLog: Sendable {
    /// How the log batches its writes.
    package struct Configuration: Sendable {
        /// The longest an entry waits before the writer looks at it, in milliseconds.
        package var flushIntervalMilliseconds: Int
        /// How many waiting entries wake the writer early.
        package var batchSize: Int
        /// The most entries written in one transaction.
        package var maximumTransactionSize: Int
        /// The most entries waiting; beyond this the oldest are dropped and counted.
        package var queueCapacity: Int

        package init(
            flushIntervalMilliseconds: Int = 20,
            batchSize: Int = 500,
            maximumTransactionSize: Int = 5_000,
            queueCapacity: Int = 100_000
        ) {
            self.flushIntervalMilliseconds = flushIntervalMilliseconds
            self.batchSize = batchSize
            self.maximumTransactionSize = maximumTransactionSize
            self.queueCapacity = queueCapacity
        }
    }

    /// Where entries are written.
    package let store: AuditStore
    let configuration: Configuration
    let logger: Logger
    let queue: Mutex<AuditQueue>
    /// Held from taking a batch until it is written, so a flush that holds it knows every
    /// entry taken before it is on disk. The value counts entries whose write failed.
    let writeLock = Mutex<Int>(0)
    /// Signalled to cut the writer's sleep short.
    let wakeUp = DispatchSemaphore(value: 0)
    /// Signalled by the writer thread as it ends.
    let writerStopped = DispatchSemaphore(value: 0)

    /// A log writing to `store`, with its writer thread started.
    ///
    /// - Parameters:
    ///   - store: The database the entries go to.
    ///   - configuration: Batching and queue limits.
    ///   - logger: Where a full queue or a failed write is reported.
    package init(store: AuditStore, configuration: Configuration = Configuration(), logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
        queue = Mutex(AuditQueue(capacity: configuration.queueCapacity, batchSize: configuration.batchSize))
        startWriter()
    }

    /// A log writing to a new or existing audit database at `path`.
    ///
    /// - Throws: `DatabaseError` when the file cannot be opened or migrated.
    package convenience init(
        path: String,
        configuration: Configuration = Configuration(),
        logger: Logger
    ) throws {
        self.init(store: try AuditStore(path: path), configuration: configuration, logger: logger)
    }

    /// Writes what is still waiting if the log was never closed.
    ///
    /// The writer thread holds the log only while it writes a batch, so by the time this runs
    /// no batch is in flight; the thread sees the log gone and ends.
    deinit {
        guard !queue.withLock({ $0.isClosed }) else { return }
        flush()
    }

    // MARK: - Recording

    /// Queues `entry` to be written; returns at once.
    ///
    /// The only work on the caller's thread is an append under a mutex. When the queue is full,
    /// its oldest entry is dropped (see ``droppedCount``). After ``close()`` entries are ignored.
    package func record(_ entry: AuditEntry) {
        let outcome = queue.withLock { $0.append(entry) }
        if outcome.wakesWriter {
            wakeUp.signal()
        }
        if outcome.isFirstDrop {
            logger.warning(
                "audit queue full, dropping the oldest entries",
                metadata: ["audit.queue.capacity": String(configuration.queueCapacity)]
            )
        }
    }

    /// How many entries were dropped because the writer fell too far behind.
    package var droppedCount: Int {
        queue.withLock { $0.droppedCount }
    }

    /// How many entries were lost because writing their batch failed.
    package var failedCount: Int {
        writeLock.withLock { $0 }
    }

    /// How many entries are recorded but not yet written.
    package var pendingCount: Int {
        queue.withLock { $0.pendingCount }
    }
}
