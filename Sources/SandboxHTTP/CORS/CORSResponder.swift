/// Applies a ``CORSPolicy`` around another responder.
///
/// `OPTIONS` requests are answered here and never reach the wrapped responder; every other
/// response, rejections included, is decorated for cross-origin clients.
package struct CORSResponder: HTTPResponder {
    package let policy: CORSPolicy
    private let wrapped: any HTTPResponder

    package init(policy: CORSPolicy = CORSPolicy(), wrapping wrapped: any HTTPResponder) {
        self.policy = policy
        self.wrapped = wrapped
    }

    package func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method != "OPTIONS" else { return policy.preflightResponse(to: request) }
        var response = wrapped.respond(to: request)
        policy.decorate(&response, for: request)
        return response
    }

    package func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        var response = wrapped.respond(toRejected: request, status: status, reason: reason)
        policy.decorate(&response, for: request)
        return response
    }
}
