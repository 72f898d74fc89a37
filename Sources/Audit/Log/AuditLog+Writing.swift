import Dispatch
import Foundation
import SandboxSupport
import Synchronization

/// The writer thread, flushing and closing.
extension AuditLog {
    /// Blocks until every entry recorded before the call is written (or was dropped).
    ///
    /// The flush writes on the calling thread, holding the write lock: any batch the writer
    /// thread took earlier is written before the lock is free, and the rest is taken here.
    /// Entries recorded during the flush are left to the writer thread.
    package func flush() {
        let target = queue.withLock { $0.appendedCount }
        writeLock.withLock { failed in
            drain(through: target, failed: &failed)
        }
    }

    /// Writes the waiting entries among the first `target` ever recorded; the caller holds
    /// the write lock and passes its failure count.
    func drain(through target: Int64, failed: inout Int) {
        while true {
            let batch = queue.withLock { queue in
                let remaining = Int(clamping: max(target - queue.departedCount, 0))
                return queue.take(upTo: min(remaining, configuration.maximumTransactionSize))
            }
            guard !batch.isEmpty else { return }
            write(batch, failed: &failed)
        }
    }

    /// Stops taking entries, writes everything waiting and stops the writer thread.
    ///
    /// Calling it again does nothing. The store stays open for queries.
    package func close() {
        let wasClosed = queue.withLock { queue in
            defer { queue.close() }
            return queue.isClosed
        }
        guard !wasClosed else { return }
        flush()
        wakeUp.signal()
        writerStopped.wait()
    }

    /// Runs `body` holding the write lock, so nothing is written until it returns.
    ///
    /// For tests that need a writer that cannot keep up.
    func holdingWriter<Result>(_ body: () throws -> Result) rethrows -> Result {
        try writeLock.withLock { _ in try body() }
    }

    // MARK: - Writer thread

    /// Starts the thread that writes batches until the log is closed or released.
    ///
    /// The thread keeps only a weak reference between passes, so a log that is never closed
    /// can still be released; its `deinit` then writes what is left.
    func startWriter() {
        let interval = DispatchTimeInterval.milliseconds(configuration.flushIntervalMilliseconds)
        let thread = Thread { [weak self, wakeUp, writerStopped] in
            var sleeps = true
            while true {
                if sleeps {
                    _ = wakeUp.wait(timeout: .now() + interval)
                }
                guard let log = self, let hasBacklog = log.writePass() else { break }
                sleeps = !hasBacklog
            }
            writerStopped.signal()
        }
        thread.name = "audit-writer"
        thread.start()
    }

    /// Writes one batch of waiting entries.
    ///
    /// - Returns: Whether a full batch is still waiting (so the thread should not sleep), or
    ///   nil once the log is closed and the thread should end.
    private func writePass() -> Bool? {
        writeLock.withLock { failed in
            let (batch, isClosed) = queue.withLock { queue in
                (queue.take(upTo: configuration.maximumTransactionSize), queue.isClosed)
            }
            write(batch, failed: &failed)
            guard !isClosed else { return nil }
            return queue.withLock { $0.pendingCount >= configuration.batchSize }
        }
    }

    /// Writes `batch` in one transaction; on failure counts it in `failed` and warns.
    func write(_ batch: [AuditEntry], failed: inout Int) {
        guard !batch.isEmpty else { return }
        do {
            try store.append(batch)
        } catch {
            failed += batch.count
            logger.warning(
                "audit batch not written",
                metadata: ["audit.batch.size": String(batch.count), "audit.error": "\(error)"]
            )
        }
    }
}
