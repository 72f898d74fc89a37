import SandboxHTTP
import SandboxSupport

/// Turns the action of a rule that fired into the decision the app carries out.
enum FaultDecisionMaker {
    static func decision(
        for action: FaultAction,
        ruleID: String,
        facts: RequestFacts,
        generator: inout SeededGenerator
    ) -> FaultDecision {
        switch action {
        case .status(let spec): return respond(spec.response(for: facts), ruleID: ruleID)
        case .rateLimit(let spec): return respond(spec.response(for: facts), ruleID: ruleID)
        case .delay(let low, let high):
            return .transport(.delay(milliseconds: low == high ? low : generator.int(in: low...high)))
        case .hang(let most): return .transport(.hang(maxMilliseconds: most))
        case .reset: return .transport(.reset)
        case .close: return .transport(.close)
        case .truncate(let bytes): return .transport(.truncate(bytes: bytes))
        case .slowBody(let rate): return .transport(.slowBody(bytesPerSecond: rate))
        case .malformedJSON: return .transform(.malformedJSON)
        case .wrongContentType(let type): return .transform(.wrongContentType(type))
        case .outcomeOnlySearchset: return .transform(.outcomeOnlySearchset)
        case .nextLinkSkips(let skip): return .transform(.nextLinkSkips(skip))
        case .writeErrorButCommitted(let spec): return .transform(.writeErrorButCommitted(spec))
        case .relativeNextLinks(let style): return .transform(.relativeLinks(style))
        }
    }

    private static func respond(_ response: HTTPResponse, ruleID: String) -> FaultDecision {
        var marked = response
        marked.headers.replaceOrAdd(name: AppliedFault.ruleHeader, value: ruleID)
        return .respond(marked)
    }
}
