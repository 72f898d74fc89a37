/// How an injected error answer is written.
package enum ErrorFormat: Sendable, Equatable {
    /// The error format of the request's own family (see ``RouteFamily``).
    case native
    /// `text/plain`: the status line's words, or the message.
    case plain
    /// A small `text/html` page, as a reverse proxy or API gateway sends for 502, 503 or 504.
    case gatewayHTML
    /// The error format of a named family, whatever the request's family.
    case family(RouteFamily)

    /// Reads `native`, `plain`, `gateway-html` or a family name (`fhir`, `oauth`, `v1`,
    /// `anthropic`, `openai`).
    package init?(name: String) {
        switch name {
        case "native": self = .native
        case "plain": self = .plain
        case "gateway-html": self = .gatewayHTML
        default:
            guard let family = RouteFamily(rawValue: name), family != .admin, family != .other else { return nil }
            self = .family(family)
        }
    }

    /// The name ``init(name:)`` reads.
    package var name: String {
        switch self {
        case .native: "native"
        case .plain: "plain"
        case .gatewayHTML: "gateway-html"
        case .family(let family): family.rawValue
        }
    }

    static let names = ["native", "plain", "gateway-html", "fhir", "oauth", "v1", "anthropic", "openai"]
}
