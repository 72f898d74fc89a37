import Synchronization

/// Counts tokens issued per client in each simulated minute, as athenaOne's token endpoint does.
///
/// A minute is `floor(now / 60 000)`: counts start again at the top of every minute rather than
/// sliding, so a client over the limit waits until the minute ends.
package final class TokenRateLimiter: Sendable {
    /// The limiter's answer for one request.
    package enum Decision: Sendable, Equatable {
        case admitted
        /// Over the limit; `retryAfter` is the number of whole seconds left in the minute.
        case limited(retryAfter: Int)
    }

    private struct Window: Sendable {
        var minute: Int64
        var count: Int
    }

    /// Tokens a client may get in one minute.
    package let limit: Int
    private let windows = Mutex<[String: Window]>([:])

    package init(limit: Int) {
        self.limit = limit
    }

    /// Takes one token from `clientID`'s allowance for the minute holding `now` (milliseconds).
    package func admit(clientID: String, now: Int64) -> Decision {
        let minute = now / 60_000
        return windows.withLock { windows in
            var window =
                windows[clientID].flatMap { $0.minute == minute ? $0 : nil } ?? Window(minute: minute, count: 0)
            guard window.count < limit else {
                let remaining = (minute + 1) * 60_000 - now
                return .limited(retryAfter: Int((remaining + 999) / 1000))
            }
            window.count += 1
            windows[clientID] = window
            return .admitted
        }
    }

    /// Gives back a token taken by ``admit(clientID:now:)`` when the request then issued nothing.
    package func refund(clientID: String, now: Int64) {
        windows.withLock { windows in
            guard var window = windows[clientID], window.minute == now / 60_000, window.count > 0 else { return }
            window.count -= 1
            windows[clientID] = window
        }
    }
}
