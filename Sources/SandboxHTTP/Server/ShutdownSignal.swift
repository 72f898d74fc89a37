import Dispatch
import Glibc
import Synchronization

/// Blocks a thread until the process is asked to stop by a signal.
///
/// Creating one ignores the signals' default action (which would end the process at once)
/// and starts watching for them instead, so a signal that arrives before ``wait()`` is
/// kept, not lost. Dropping the waiter restores the default actions, so a second Ctrl-C
/// during a slow shutdown still ends the process.
///
/// ```swift
/// let waiter = ShutdownSignal()
/// let server = try HTTPServer(configuration: configuration, responder: router, logger: logger)
/// _ = waiter.wait()
/// server.stop()
/// ```
package final class ShutdownSignal {
    private let signals: [Int32]
    private let sources: [any DispatchSourceSignal]
    private let arrived = DispatchSemaphore(value: 0)
    private let received = ReceivedSignal()

    /// Starts watching `signals`, by default SIGINT and SIGTERM.
    package init(signals: [Int32] = [SIGINT, SIGTERM]) {
        self.signals = signals
        let queue = DispatchQueue(label: "sandbox.shutdown-signal")
        let arrived = arrived
        let received = received
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                received.record(number)
                arrived.signal()
            }
            source.resume()
            return source
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
        signals.forEach { signal($0, SIG_DFL) }
    }

    /// Blocks until one of the signals arrives and returns the first one that did.
    package func wait() -> Int32 {
        arrived.wait()
        return received.first
    }
}

/// The first signal number recorded, kept safely across threads.
private final class ReceivedSignal: Sendable {
    private let number = Mutex<Int32?>(nil)

    /// Records `signal` unless an earlier one was recorded.
    func record(_ signal: Int32) {
        number.withLock { $0 = $0 ?? signal }
    }

    /// The first signal recorded, or 0 before any.
    var first: Int32 {
        number.withLock { $0 ?? 0 }
    }
}
