import Foundation
import Synchronization

/// The sandbox's notion of now.
///
/// Nothing the sandbox serves reads the wall clock directly; timestamps on written resources,
/// bundles, token expiry and rate-limit windows all come from here, so a run can be replayed.
/// A clock is either fixed (the default: it stands at an instant and moves only when set or
/// advanced, so runs are byte-identical) or follows the wall clock (for integrations whose
/// libraries check token times against the real date), shifted by whatever it was set or
/// advanced by.
package final class SimulatedClock: Sendable {
    /// How the clock moves.
    package enum Mode: String, Sendable, CaseIterable {
        /// Stands still unless set or advanced.
        case fixed
        /// Runs with the wall clock.
        case wall
    }

    /// 2026-01-15T14:00:00Z, the instant a fixed clock starts at.
    package static let defaultStart: Int64 = 1_768_485_600_000

    package let mode: Mode
    /// For a fixed clock, now; for a wall clock, the shift from the wall clock.
    private let value: Mutex<Int64>

    /// A fixed clock standing at `milliseconds`.
    package init(startingAt milliseconds: Int64 = SimulatedClock.defaultStart) {
        mode = .fixed
        value = Mutex(milliseconds)
    }

    /// A clock of the given mode; a fixed one starts at ``defaultStart``, a wall one at the wall time.
    package init(mode: Mode) {
        self.mode = mode
        value = Mutex(mode == .fixed ? Self.defaultStart : 0)
    }

    /// Now, in milliseconds since 1970-01-01T00:00:00Z.
    package var now: Int64 {
        let stored = value.withLock { $0 }
        return mode == .fixed ? stored : Self.wallMilliseconds() + stored
    }

    /// Moves the clock forward (or back, with a negative amount).
    package func advance(byMilliseconds milliseconds: Int64) {
        value.withLock { $0 += milliseconds }
    }

    /// Puts the clock at an instant; a wall clock then runs on from there.
    package func set(to milliseconds: Int64) {
        let target = mode == .fixed ? milliseconds : milliseconds - Self.wallMilliseconds()
        value.withLock { $0 = target }
    }

    private static func wallMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }
}
