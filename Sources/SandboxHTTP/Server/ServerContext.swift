import SandboxSupport
import Synchronization

/// What the server's C callbacks share: the responder and the behaviour every route gets.
///
/// Everything here is immutable or synchronised, so the library's threads may use one
/// context at once. The steps that do not touch the C library live here so they can be
/// tested without a socket.
final class ServerContext: Sendable {
    /// The application's responder, wrapped in a ``CORSResponder`` when a policy is set.
    let responder: any HTTPResponder
    let requestIDs = RequestIDGenerator()
    let maximumBodySize: Int
    let maximumTargetLength: Int
    let logger: Logger
    /// Per-request states and response body readers allocated and not yet released; 0 once
    /// every connection is done.
    let openRequests = Atomic<Int>(0)
    /// The connections suspended while their answer waits.
    let wakeups = ConnectionWakeups()

    init(
        responder: any HTTPResponder,
        cors: CORSPolicy?,
        maximumBodySize: Int,
        maximumTargetLength: Int = .max,
        logger: Logger
    ) {
        self.responder = cors.map { CORSResponder(policy: $0, wrapping: responder) } ?? responder
        self.maximumBodySize = maximumBodySize
        self.maximumTargetLength = maximumTargetLength
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

    /// The 413 answer to a request whose body exceeds the limit; the responder never sees its body.
    func bodyTooLargeResponse(to request: HTTPRequest) -> HTTPResponse {
        rejection(of: request, status: 413, reason: "Request body exceeds \(maximumBodySize) bytes")
    }

    /// The 414 answer to a request whose target exceeds the limit.
    func targetTooLongResponse(to request: HTTPRequest) -> HTTPResponse {
        rejection(of: request, status: 414, reason: "Request target exceeds \(maximumTargetLength) bytes")
    }

    /// The responder's answer to a request the server refuses, carrying the request id.
    private func rejection(of request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        var refused = request
        refused.body = []
        var response = responder.respond(toRejected: refused, status: status, reason: reason)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.requestID)
        return response
    }
}
