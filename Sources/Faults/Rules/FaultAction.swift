/// What a rule does to a request it fires on.
package enum FaultAction: Sendable, Equatable {
    /// Answer at once with an error; the handler does not run.
    case status(ErrorSpec)
    /// Answer at once with a throttling error; the handler does not run.
    case rateLimit(RateLimitSpec)
    /// Send the real answer after a pause drawn from the closed range, in milliseconds.
    case delay(minMilliseconds: Int, maxMilliseconds: Int)
    /// Send nothing and keep the connection open until the client gives up, or at most this
    /// long, then close it.
    case hang(maxMilliseconds: Int)
    /// Reset the connection (TCP RST) without sending anything.
    case reset
    /// Close the connection before sending any byte.
    case close
    /// Send the real answer cut after this many bytes of body, then close.
    case truncate(bytes: Int)
    /// Send the real answer's body at this many bytes per second.
    case slowBody(bytesPerSecond: Int)
    /// Send the real answer with its JSON broken.
    case malformedJSON
    /// Send the real answer under another `Content-Type`.
    case wrongContentType(String)
    /// athenaOne's 200 searchset that holds only an error OperationOutcome.
    case outcomeOnlySearchset
    /// Move the `next` link's cursor on by this many records.
    case nextLinkSkips(Int)
    /// Let the handler run and commit, then answer with this error instead.
    case writeErrorButCommitted(ErrorSpec)
    /// Write the Bundle's links relative to the FHIR base or to the host.
    case relativeNextLinks(LinkStyle)

    /// The `type` names of the JSON format, in the order the documentation lists them.
    static let names = [
        "status", "rateLimit", "delay", "hang", "reset", "close", "truncate", "slowBody", "malformedJSON",
        "wrongContentType", "outcomeOnlySearchset", "nextLinkSkips", "writeErrorButCommitted", "relativeNextLinks",
    ]

    /// The action's `type` name.
    var name: String {
        switch self {
        case .status: "status"
        case .rateLimit: "rateLimit"
        case .delay: "delay"
        case .hang: "hang"
        case .reset: "reset"
        case .close: "close"
        case .truncate: "truncate"
        case .slowBody: "slowBody"
        case .malformedJSON: "malformedJSON"
        case .wrongContentType: "wrongContentType"
        case .outcomeOnlySearchset: "outcomeOnlySearchset"
        case .nextLinkSkips: "nextLinkSkips"
        case .writeErrorButCommitted: "writeErrorButCommitted"
        case .relativeNextLinks: "relativeNextLinks"
        }
    }
}

/// How ``FaultAction/relativeNextLinks(_:)`` writes Bundle links.
package enum LinkStyle: String, Sendable, CaseIterable {
    /// Relative to the FHIR base: `Observation?patient=...&cursor=3`.
    case relative
    /// Relative to the host: `/fhir/r4/Observation?patient=...&cursor=3`.
    case hostRelative = "host-relative"
}
