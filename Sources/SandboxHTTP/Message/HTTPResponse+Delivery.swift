extension HTTPResponse {
    /// How the server hands a response to the client.
    ///
    /// Apart from ``immediate``, each case mimics a way a real server or network fails, so a
    /// client's handling of it can be tested. None of them holds one of the server's threads
    /// while it waits. Wherever headers are sent they carry `X-Request-Id` and the CORS
    /// headers, as on any response. ``hang(maximumMilliseconds:)``, ``reset``,
    /// ``closeWithoutResponse`` and ``truncated(afterBytes:)`` end with the connection closed,
    /// so a kept-alive client must reconnect; the others keep it open as usual.
    ///
    /// Negative counts are taken as 0; ``slow(bytesPerSecond:)`` takes rates below 1 as 1.
    package enum Delivery: Sendable, Equatable {
        /// Status, headers and body are sent at once.
        case immediate

        /// The whole response is sent once `milliseconds` have passed since the responder
        /// answered.
        ///
        /// If the server stops before then, the connection is closed without an answer.
        case delayed(milliseconds: Int)

        /// Nothing is sent; after `maximumMilliseconds` the connection is closed, unless the
        /// client gave up first.
        ///
        /// The client sees its request time out, or, if it waits longer than the maximum, the
        /// connection closed without a byte.
        ///
        /// Limitation: libmicrohttpd 0.9.75 does not watch a suspended connection, so a client
        /// that gives up is noticed only when the maximum passes; until then its connection
        /// counts against ``HTTPServer/Configuration/connectionLimit``. The same holds for a
        /// delay, and for a slow body until its next piece is due.
        case hang(maximumMilliseconds: Int)

        /// The connection is aborted with a TCP reset before any byte is sent.
        ///
        /// The client's next read or write fails with "connection reset by peer" (ECONNRESET).
        case reset

        /// The connection is closed before any byte is sent.
        ///
        /// The client reads end of stream where the status line should be.
        case closeWithoutResponse

        /// Status and headers go out with the `Content-Length` of the whole body, then only
        /// the body's first `afterBytes` bytes, then the connection is closed.
        ///
        /// The client sees a body shorter than announced. A count at or past the body's
        /// length sends the body whole. A `HEAD` response has no body to cut and is sent whole.
        case truncated(afterBytes: Int)

        /// Status and headers go out at once; the body follows at about `bytesPerSecond`.
        ///
        /// The body is sent in pieces of a tenth of the rate (at least one byte), each when
        /// the rate allows it, so the whole body takes about its length divided by the rate.
        case slow(bytesPerSecond: Int)
    }
}
