/// The entries recorded but not yet written, and the counts the writer and ``AuditLog/flush()``
/// go by.
///
/// A plain value with no I/O and no locking of its own: ``AuditLog`` keeps it in a mutex and
/// acts on what each call returns once the lock is released.
///
/// The queue is bounded. When it holds ``capacity`` entries, appending drops the oldest one,
/// so a writer that has fallen far behind costs old evidence, never memory without end or a
/// blocked request.
struct AuditQueue {
    /// What the caller of ``append(_:)`` should do after releasing the lock.
    struct AppendOutcome: Equatable {
        /// A full batch is waiting: wake the writer instead of letting it sleep out its interval.
        var wakesWriter = false
        /// This append dropped an entry for the first time: warn, once.
        var isFirstDrop = false
    }

    /// The most entries held; more drop the oldest.
    let capacity: Int
    /// How many waiting entries make a batch worth waking the writer for.
    let batchSize: Int

    private var entries: [AuditEntry] = []
    /// The index of the oldest entry still waiting; entries before it have left.
    private var head = 0
    /// Entries ever appended, dropped ones included.
    private(set) var appendedCount: Int64 = 0
    /// Entries that have left, taken or dropped. Entries leave in the order they came, so
    /// every entry appended before the `n`th has left once this reaches `n`.
    private(set) var departedCount: Int64 = 0
    /// Entries dropped because the queue was full.
    private(set) var droppedCount = 0
    /// Whether the queue refuses new entries.
    private(set) var isClosed = false

    init(capacity: Int, batchSize: Int) {
        precondition(capacity > 0 && batchSize > 0, "audit queue sizes must be positive")
        self.capacity = capacity
        self.batchSize = batchSize
    }

    /// How many entries are waiting.
    var pendingCount: Int {
        entries.count - head
    }

    /// Adds `entry` at the end, dropping the oldest waiting entry when the queue is full.
    /// A closed queue ignores it.
    mutating func append(_ entry: AuditEntry) -> AppendOutcome {
        guard !isClosed else { return AppendOutcome() }
        var outcome = AppendOutcome()
        if pendingCount >= capacity {
            head += 1
            departedCount += 1
            droppedCount += 1
            outcome.isFirstDrop = droppedCount == 1
            compactIfWorthwhile()
        }
        entries.append(entry)
        appendedCount += 1
        outcome.wakesWriter = pendingCount == batchSize
        return outcome
    }

    /// Removes and returns up to `limit` of the oldest waiting entries, oldest first.
    ///
    /// Taking everything from a queue that has dropped nothing hands over the storage itself,
    /// so the lock that ``AuditLog/record(_:)`` waits on is held for a moment, not for a copy of the batch.
    mutating func take(upTo limit: Int) -> [AuditEntry] {
        if head == 0, entries.count <= limit {
            let batch = entries
            entries = []
            departedCount += Int64(batch.count)
            return batch
        }
        let end = min(head + limit, entries.count)
        let batch = Array(entries[head..<end])
        head = end
        departedCount += Int64(batch.count)
        if head == entries.count {
            entries.removeAll(keepingCapacity: true)
            head = 0
        } else {
            compactIfWorthwhile()
        }
        return batch
    }

    /// Refuses entries from now on; those already waiting can still be taken.
    mutating func close() {
        isClosed = true
    }

    /// Frees the slots of departed entries once they are many and at least half the array,
    /// so each entry is moved at most a few times.
    private mutating func compactIfWorthwhile() {
        guard head >= 1024, head * 2 >= entries.count else { return }
        entries.removeFirst(head)
        head = 0
    }
}
