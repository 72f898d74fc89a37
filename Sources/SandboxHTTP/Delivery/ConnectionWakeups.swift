import CMicroHTTPD
import Dispatch
import Synchronization

/// Suspends connections that wait for a deadline and resumes them from one shared timer.
///
/// A waiting connection holds no thread: the library stops serving it, and one dispatch
/// timer on a private serial queue resumes whichever connections are due. The library then
/// calls the access handler or content reader again, on its own thread, which carries on
/// where it left off.
///
/// libmicrohttpd 0.9.75 aborts the process in `MHD_stop_daemon` while any connection is
/// suspended, so ``close()`` resumes every waiting connection and refuses later suspensions;
/// the server calls it before stopping the daemon. See `MHD_suspend_connection` in
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dflow.html
///
/// Suspending a connection and recording it happen under one lock, as do taking it out and
/// resuming it, so each suspended connection is resumed exactly once and never after it
/// could have been freed: the library keeps a suspended connection alive until it is resumed.
final class ConnectionWakeups: Sendable {
    /// The waiting connections and the timer armed for the earliest of them.
    private struct State {
        var schedule = WakeSchedule<SuspendedConnection>()
        let timer: any DispatchSourceTimer

        /// Arms the timer for the earliest waiting connection, or disarms it.
        func arm() {
            let deadline = schedule.earliestDeadline.map { DispatchTime(uptimeNanoseconds: $0) }
            timer.schedule(deadline: deadline ?? .distantFuture, leeway: .milliseconds(1))
        }
    }

    private let state: Mutex<State>

    init() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "sandbox.http.wakeups"))
        state = Mutex(State(timer: timer))
        state.withLock { state in
            state.timer.setEventHandler { [weak self] in self?.resumeDue() }
            state.timer.activate()
        }
    }

    deinit {
        state.withLock { $0.timer.cancel() }
    }

    /// Connections suspended and not yet resumed.
    var waitingCount: Int {
        state.withLock { $0.schedule.count }
    }

    /// Whether ``close()`` was called; a connection resumed then should be closed.
    var isClosed: Bool {
        state.withLock { $0.schedule.isClosed }
    }

    /// Suspends `connection` until `deadline`.
    ///
    /// Call it only from the library's access handler or content reader for that connection,
    /// the only places the library allows a suspension from.
    /// - Returns: false, without suspending, once the wakeups are closed.
    func suspend(_ connection: OpaquePointer, until deadline: DispatchTime) -> Bool {
        state.withLock { state in
            let waiting = SuspendedConnection(pointer: connection)
            guard state.schedule.add(waiting, dueAt: deadline.uptimeNanoseconds) else { return false }
            MHD_suspend_connection(connection)
            state.arm()
            return true
        }
    }

    /// Resumes every waiting connection now and refuses further suspensions.
    func close() {
        state.withLock { state in
            for connection in state.schedule.close() { connection.resume() }
            state.timer.cancel()
        }
    }

    /// The timer's handler: resumes the connections that are due and re-arms for the rest.
    private func resumeDue() {
        state.withLock { state in
            for connection in state.schedule.takeDue(at: DispatchTime.now().uptimeNanoseconds) {
                connection.resume()
            }
            state.arm()
        }
    }
}

/// A connection the library holds suspended.
///
/// `@unchecked Sendable`: the pointer crosses to the timer's queue only to be passed to
/// `MHD_resume_connection`, which the library allows from any thread, and only while the
/// connection is still suspended, which keeps it alive; see ``ConnectionWakeups``.
private struct SuspendedConnection: @unchecked Sendable {
    let pointer: OpaquePointer

    func resume() {
        MHD_resume_connection(pointer)
    }
}
