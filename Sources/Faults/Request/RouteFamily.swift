/// Which of the sandbox's APIs a request is for, which decides the error format it gets.
package enum RouteFamily: String, Sendable, CaseIterable {
    /// FHIR R4 under `/fhir/r4`: errors are OperationOutcomes.
    case fhir
    /// The authorization server under `/oauth2/v1`: errors are `{"error", "error_description"}`.
    case oauth
    /// athenaOne's proprietary API under `/v1/{practiceid}`: errors are `{"error", "detailedmessage"}`.
    case v1
    /// The Anthropic Messages API under `/anthropic/v1`.
    case anthropic
    /// The OpenAI Chat Completions API under `/openai/v1`.
    case openai
    /// The sandbox's own admin API under `/_sandbox`.
    case admin
    /// Anything else, such as `/`.
    case other

    /// The family a raw request path belongs to, by its first segment.
    package init(path: String) {
        let first = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
        switch first {
        case "fhir": self = path == "/fhir/r4" || path.hasPrefix("/fhir/r4/") ? .fhir : .other
        case "oauth2": self = .oauth
        case "v1": self = .v1
        case "anthropic": self = .anthropic
        case "openai": self = .openai
        case "_sandbox": self = .admin
        default: self = .other
        }
    }
}
