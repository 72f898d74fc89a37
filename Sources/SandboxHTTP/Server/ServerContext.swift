import SandboxSupport
import Synchronization

/// What the server's C callbacks share: the responder and the behaviour every route gets.
///
/// Everything here is immutable or synchronised, so the library's threads may use one
/// context at once. The steps that do not touch the C library live here so they can be
/// tested without a socket.
final class ServerContext: Sendable {
    let responder: any HTTPResponder
    let cors: CORSPolicy?
    let requestIDs = RequestIDGenerator()
    let maximumBodySize: Int
    let logger: Logger
    /// Per-request states allocated and not yet released; 0 once every connection is done.
    let openRequests = Atomic<Int>(0)

    init(responder: any HTTPResponder, cors: CORSPolicy?, maximumBodySize: Int, logger: Logger) {
        self.responder = cors.map { CORSResponder(policy: $0, wrapping: responder) } ?? responder
        self.cors = cors
        self.maximumBodySize = maximumBodySize
        self.logger = logger
    }

    /// The head of a request as it arrives, with its request id settled.
    func makeRequest(method: String, target: String, headers: HTTPHeaders, remoteAddress: String?) -> HTTPRequest {
        let (path, query) = HTTPRequest.split(target: target)
        let requestID = requestIDs.requestID(honouring: headers["X-Request-Id"])
        return HTTPRequest(
            method: method,
            path: path,
            query: query,
            headers: headers,
            requestID: requestID,
            remoteAddress: remoteAddress
        )
    }

    /// The responder's answer to `request`, carrying the request id.
    func response(to request: HTTPRequest) -> HTTPResponse {
        var response = responder.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.requestID)
        return response
    }

    /// The 413 answer to a request whose body exceeds the limit; the responder never sees it.
    func bodyTooLargeResponse(to request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse.text("Request body exceeds \(maximumBodySize) bytes\n", status: 413)
        cors?.decorate(&response, for: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.requestID)
        return response
    }
}
