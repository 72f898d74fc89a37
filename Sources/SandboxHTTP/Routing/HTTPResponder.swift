/// Something that turns a complete request into a complete response.
///
/// The server calls ``respond(to:)`` synchronously on one of its own threads, once per
/// request, so an implementation must be safe to call from several threads at once. It
/// should not block for long: each call holds a server thread until it returns.
package protocol HTTPResponder: Sendable {
    /// The response to `request`.
    func respond(to request: HTTPRequest) -> HTTPResponse
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
