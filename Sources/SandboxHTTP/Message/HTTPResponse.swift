/// A complete HTTP response: status, headers and the whole body.
///
/// The server adds `Content-Length` itself and drops any `Content-Length` or
/// `Transfer-Encoding` set here. It adds no `Date` header; set one here to send it.
/// ``delivery`` says how it reaches the client: at once by default, or late, slowly, cut
/// short or not at all, to mimic a failing upstream.
package struct HTTPResponse: Sendable {
    package var status: Int
    package var headers: HTTPHeaders
    package var body: [UInt8]
    /// How the server hands the response to the client; see ``Delivery``.
    package var delivery: Delivery

    package init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = [], delivery: Delivery = .immediate) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delivery = delivery
    }

    /// A UTF-8 `text/plain` response.
    package static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Array(text.utf8))
    }

    /// A response carrying JSON bytes that are already encoded.
    package static func json(
        bytes: [UInt8],
        status: Int = 200,
        contentType: String = "application/json"
    ) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: bytes)
    }

    /// A response with no body, such as 204 No Content.
    package static func empty(status: Int = 204) -> HTTPResponse {
        HTTPResponse(status: status)
    }
}
