/// Something that turns a complete request into a complete response.
///
/// The server calls ``respond(to:)`` synchronously on one of its own threads, once per
/// request, so an implementation must be safe to call from several threads at once. It
/// should not block for long: each call holds a server thread until it returns. To answer
/// late or slowly, return a response whose ``HTTPResponse/Delivery`` says so rather than
/// sleeping: the server then waits without holding the thread.
package protocol HTTPResponder: Sendable {
    /// The response to `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// The answer to a request the server refuses before ``respond(to:)`` would see it.
    ///
    /// The server calls this instead of ``respond(to:)`` when it decides a request cannot be
    /// served, for example 413 for a body over ``HTTPServer/Configuration/maximumBodySize``
    /// or 414 for a target over ``HTTPServer/Configuration/maximumTargetLength``. The request
    /// carries its head and request id; its body is empty. Implement it to answer in the
    /// format of the API the path belongs to, keeping `status`. The server sends the answer
    /// as returned, with `X-Request-Id` and the CORS headers added as on any response.
    ///
    /// - Parameters:
    ///   - request: The refused request, without its body.
    ///   - status: The status the server chose, such as 413.
    ///   - reason: One sentence for a person, such as `Request body exceeds 1024 bytes`.
    /// - Returns: The answer to send, normally with status `status`.
    func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse
}

extension HTTPResponder {
    /// A `text/plain` answer holding `reason` and a line break.
    ///
    /// - Returns: The plain-text answer with status `status`.
    package func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        .text(reason + "\n", status: status)
    }
}

/// A responder made from a closure, for small pieces and tests.
package struct ClosureResponder: HTTPResponder {
    private let body: @Sendable (HTTPRequest) -> HTTPResponse

    package init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.body = body
    }

    package func respond(to request: HTTPRequest) -> HTTPResponse {
        body(request)
    }
}
