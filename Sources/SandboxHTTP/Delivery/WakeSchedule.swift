/// The items waiting for a deadline, in a value that knows no clock and does no I/O.
///
/// ``ConnectionWakeups`` keeps suspended connections in one, under its lock: it adds an item
/// with the time it is due, takes the due items when its timer fires, and closes the
/// schedule when the server stops, taking every item still waiting. Times are nanoseconds
/// on any monotonic clock.
struct WakeSchedule<Item> {
    private var waiting: [(deadline: UInt64, item: Item)] = []
    /// Set by ``close()``; a closed schedule accepts no more items.
    private(set) var isClosed = false

    /// How many items are waiting.
    var count: Int { waiting.count }

    /// The earliest deadline among the waiting items, or nil when none waits.
    var earliestDeadline: UInt64? {
        waiting.map(\.deadline).min()
    }

    /// Adds `item`, due at `deadline`.
    ///
    /// - Returns: false, leaving the schedule as it was, when the schedule is closed.
    mutating func add(_ item: Item, dueAt deadline: UInt64) -> Bool {
        guard !isClosed else { return false }
        waiting.append((deadline, item))
        return true
    }

    /// Removes and returns the items due at `now`, earliest first.
    mutating func takeDue(at now: UInt64) -> [Item] {
        let due = waiting.filter { $0.deadline <= now }.sorted { $0.deadline < $1.deadline }
        waiting.removeAll { $0.deadline <= now }
        return due.map(\.item)
    }

    /// Closes the schedule and returns every item still waiting, earliest first.
    mutating func close() -> [Item] {
        isClosed = true
        let remaining = waiting.sorted { $0.deadline < $1.deadline }
        waiting = []
        return remaining.map(\.item)
    }
}
