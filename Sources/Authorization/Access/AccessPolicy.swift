/// Decides whether a token's scopes allow an interaction on a resource type, and how far.
///
/// `system/` and `user/` scopes reach every resource of their types: the sandbox serves one
/// practice, and a user's own patient list is not modelled. `patient/` scopes reach only the
/// compartment of the patient in the token's context, and reach nothing without one.
///
/// When several scopes allow the interaction, the least restricted wins: an unrestricted grant
/// beats a patient-compartment one, and among those left an unconstrained scope beats constrained
/// ones; otherwise the constraints are alternatives.
package enum AccessPolicy {
    /// What one scope grants: the compartment it reaches and the constraint it adds.
    private typealias Grant = (compartment: AccessScope.Compartment, constraint: ScopeConstraint)

    /// Decides `interaction` on resources of `type` for a token with `scopes` and `context`.
    ///
    /// - Returns: `.allowed` with the compartment and constraints to apply, or `.denied` naming a
    ///   v2 scope (`<context>/<type>.<letter>`) that would allow the interaction.
    package static func decide(
        _ interaction: Interaction,
        on type: String,
        scopes: ScopeSet,
        context: TokenContext
    ) -> AccessDecision {
        let grants = scopes.scopes.compactMap { scope in
            grant(of: scope, for: interaction, on: type, context: context)
        }
        guard let widest = widestCompartment(of: grants) else {
            let required = requiredScope(for: interaction, on: type, scopes: scopes, context: context)
            return .denied(requiredScope: required)
        }

        let constraints = grants.filter { $0.compartment == widest }.map(\.constraint)
        guard !constraints.contains(where: \.isEmpty) else {
            return .allowed(AccessScope(compartment: widest))
        }
        var distinct: [ScopeConstraint] = []
        for constraint in constraints where !distinct.contains(constraint) {
            distinct.append(constraint)
        }
        return .allowed(AccessScope(compartment: widest, constraints: distinct))
    }

    /// What `scope` grants for `interaction` on `type`, or `nil` when it grants nothing.
    private static func grant(
        of scope: Scope,
        for interaction: Interaction,
        on type: String,
        context: TokenContext
    ) -> Grant? {
        guard let parts = scope.resourceParts, parts.type == "*" || parts.type == type,
            parts.permissions.contains(interaction.permission)
        else { return nil }

        switch parts.context {
        case .system, .user:
            return (.unrestricted, parts.constraint)
        case .patient:
            guard let patientID = context.patientID else { return nil }
            return (.patient(patientID), parts.constraint)
        }
    }

    /// The least restricted compartment among `grants`, or `nil` when there is none.
    private static func widestCompartment(of grants: [Grant]) -> AccessScope.Compartment? {
        if grants.contains(where: { $0.compartment == .unrestricted }) {
            return .unrestricted
        }
        return grants.first?.compartment
    }

    /// The v2 scope to name in a denial, in the context the token mostly works in: `patient` with
    /// a patient in context, else `system` when it holds a system scope, else `user`.
    private static func requiredScope(
        for interaction: Interaction,
        on type: String,
        scopes: ScopeSet,
        context: TokenContext
    ) -> String {
        let scopeContext: Scope.Context =
            if context.patientID != nil {
                .patient
            } else if scopes.scopes.contains(where: { $0.resourceParts?.context == .system }) {
                .system
            } else {
                .user
            }
        // Named in v1 words, which every SMART client understands (`user/Slot.read`).
        let word = interaction == .read || interaction == .search ? "read" : "write"
        return "\(scopeContext.rawValue)/\(type).\(word)"
    }
}
