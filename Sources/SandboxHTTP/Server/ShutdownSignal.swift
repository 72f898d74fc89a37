import Glibc

/// Blocks a thread until the process is asked to stop by a signal.
///
/// Creating one blocks the signals in the calling thread, so from then on they stay pending
/// instead of running their default action (which would end the process at once), and
/// ``wait()`` takes them with `sigwait`. Threads inherit the signal mask of the thread that
/// creates them, and libdispatch's worker threads block signals already, so create the
/// waiter on the main thread before starting the server; a signal sent to the process then
/// always reaches ``wait()``, even if it arrived earlier.
///
/// A `DispatchSource` signal source is not used: on Linux it reads a `signalfd`, which only
/// sees a signal that every thread blocks, and an ignored signal delivered to a thread that
/// does not block it is discarded.
///
/// ```swift
/// let shutdown = ShutdownSignal()
/// let server = try HTTPServer(configuration: configuration, responder: router, logger: logger)
/// _ = shutdown.wait()
/// server.stop()
/// ```
package struct ShutdownSignal {
    private var set = sigset_t()

    /// Blocks `signals`, by default SIGINT and SIGTERM, in the calling thread.
    package init(signals: [Int32] = [SIGINT, SIGTERM]) {
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Blocks until one of the signals is pending and returns its number.
    package func wait() -> Int32 {
        var set = set
        var number: Int32 = 0
        while sigwait(&set, &number) != 0 {}
        return number
    }
}
