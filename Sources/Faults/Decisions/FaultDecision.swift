package import SandboxHTTP

/// What the app does with a request a rule fired on.
///
/// ```swift
/// let facts = RequestFacts.classify(request, clientID: client, now: clock.now)
/// guard let fault = engine.decide(for: facts) else { return handler(request) }
/// switch fault.decision {
/// case .respond(let response): return response
/// case .transport(let transport): ... // run the handler first when transport.needsResponse
/// case .transform(let transform): return transform.apply(to: handler(request), facts: facts)
/// }
/// ```
package enum FaultDecision: Sendable {
    /// Answer with this response instead of running the handler.
    case respond(HTTPResponse)
    /// Deliver through the HTTP layer in this way.
    case transport(TransportFault)
    /// Run the handler, then answer with ``ResponseTransform/apply(to:facts:)`` of its answer.
    case transform(ResponseTransform)
}

/// The decision of the rule that fired, with its id.
package struct AppliedFault: Sendable {
    package var ruleID: String
    package var decision: FaultDecision

    package init(ruleID: String, decision: FaultDecision) {
        self.ruleID = ruleID
        self.decision = decision
    }

    /// The header that names the rule on answers the engine makes itself.
    package static let ruleHeader = "X-Sandbox-Fault"
}
