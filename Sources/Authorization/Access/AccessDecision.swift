/// Whether a token may perform an interaction on a resource type.
package enum AccessDecision: Sendable, Hashable {
    /// The interaction may go ahead within these bounds.
    case allowed(AccessScope)
    /// The token lacks a scope for the interaction; `requiredScope` names one that would allow it
    /// (such as `user/Observation.s`), for the `WWW-Authenticate` challenge.
    case denied(requiredScope: String)

    /// Whether the interaction may go ahead.
    package var isAllowed: Bool {
        if case .allowed = self { true } else { false }
    }
}
