import Synchronization

/// The sandbox's notion of now: a fixed instant that moves only when told to.
///
/// Nothing the sandbox serves reads the wall clock; timestamps on written resources, bundles,
/// token expiry and rate-limit windows all come from here, so a run can be replayed exactly.
package final class SimulatedClock: Sendable {
    /// 2026-01-15T14:00:00Z, the instant a fresh sandbox starts at.
    package static let defaultStart: Int64 = 1_768_485_600_000

    private let current: Mutex<Int64>

    package init(startingAt milliseconds: Int64 = SimulatedClock.defaultStart) {
        current = Mutex(milliseconds)
    }

    /// Now, in milliseconds since 1970-01-01T00:00:00Z.
    package var now: Int64 {
        current.withLock { $0 }
    }

    /// Moves the clock forward (or back, with a negative amount).
    package func advance(byMilliseconds milliseconds: Int64) {
        current.withLock { $0 += milliseconds }
    }

    /// Puts the clock at an instant.
    package func set(to milliseconds: Int64) {
        current.withLock { $0 = milliseconds }
    }
}
