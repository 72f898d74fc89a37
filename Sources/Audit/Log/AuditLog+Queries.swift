import Synchronization

/// Reading and clearing the log; each flushes first, so it covers every earlier request.
extension AuditLog {
    /// The entries `filter` selects, in ascending sequence order, after a ``flush()``.
    ///
    /// - Throws: `DatabaseError` when the store cannot be read.
    package func entries(matching filter: AuditFilter) throws -> [AuditEntry] {
        flush()
        return try store.entries(matching: filter)
    }

    /// Removes every entry recorded before the call, queued ones included; sequences carry on.
    ///
    /// The queued entries are written and the table emptied under one hold of the write lock,
    /// so an entry recorded while this runs is kept.
    ///
    /// - Throws: `DatabaseError` when the store cannot be written.
    package func clear() throws {
        let target = queue.withLock { $0.appendedCount }
        try writeLock.withLock { failed in
            drain(through: target, failed: &failed)
            try store.clear()
        }
    }
}
