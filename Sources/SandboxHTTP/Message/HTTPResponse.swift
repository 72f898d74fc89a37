/// A complete HTTP response: status, headers and the whole body.
///
/// The server adds `Content-Length` itself and drops any `Content-Length` or
/// `Transfer-Encoding` set here. It adds no `Date` header; set one here to send it.
package struct HTTPResponse: Sendable {
    /// How the server hands a response to the client.
    ///
    /// Every response today is sent whole, as soon as it is ready. The enum is the place for
    /// other ways of delivering the same status, headers and body.
    package enum Delivery: Sendable, Equatable {
        /// Status, headers and body are sent at once.
        case immediate
    }

    package var status: Int
    package var headers: HTTPHeaders
    package var body: [UInt8]
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
