/// A failure the HTTP layer produces while delivering an answer, as plain values.
package enum TransportFault: Sendable, Equatable {
    /// Send the real answer after this many milliseconds.
    case delay(milliseconds: Int)
    /// Send nothing; close the connection when the client gives up or after this many
    /// milliseconds, whichever is first.
    case hang(maxMilliseconds: Int)
    /// Reset the connection (TCP RST) without sending anything.
    case reset
    /// Close the connection cleanly before sending any byte.
    case close
    /// Send the status, the headers (with the full `Content-Length`) and this many bytes of the
    /// body, then close.
    case truncate(bytes: Int)
    /// Send the body at this many bytes per second.
    case slowBody(bytesPerSecond: Int)

    /// Whether delivery needs the real answer, so the handler must run first.
    ///
    /// `hang`, `reset` and `close` send none of it, and the handler need not run.
    package var needsResponse: Bool {
        switch self {
        case .delay, .truncate, .slowBody: true
        case .hang, .reset, .close: false
        }
    }
}
