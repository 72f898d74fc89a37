extension Scope {
    /// The parts of a resource scope, or `nil` for every other kind.
    var resourceParts:
        (context: Context, type: String, permissions: Permissions, constraint: ScopeConstraint, syntax: Syntax)?
    {
        guard case .resource(let context, let type, let permissions, let constraint, let syntax) = kind else {
            return nil
        }
        return (context, type, permissions, constraint, syntax)
    }

    /// What of this scope each scope of `limit` allows, in `limit`'s order.
    ///
    /// A resource scope meets each resource scope of its context; any other scope survives whole
    /// when `limit` holds exactly the same scope.
    func intersections(with limit: ScopeSet) -> [Scope] {
        guard resourceParts != nil else {
            return limit.contains(kind) ? [self] : []
        }
        return limit.scopes.compactMap { intersection(with: $0) }
    }

    /// What this resource scope and `other` both allow, or `nil` when they share nothing.
    ///
    /// The result keeps this scope's v1 syntax when v1 can still say it, and uses v2 letters
    /// otherwise.
    private func intersection(with other: Scope) -> Scope? {
        guard let mine = resourceParts, let theirs = other.resourceParts, mine.context == theirs.context,
            let type = Self.commonType(mine.type, theirs.type),
            let constraint = mine.constraint.combined(with: theirs.constraint)
        else { return nil }

        let permissions = mine.permissions.intersection(theirs.permissions)
        guard !permissions.isEmpty else { return nil }
        let keepsV1 = mine.syntax == .v1 && constraint.isEmpty && permissions.v1Word != nil
        return Scope(
            .resource(
                context: mine.context,
                type: type,
                permissions: permissions,
                constraint: constraint,
                syntax: keepsV1 ? .v1 : .v2
            )
        )
    }

    /// The type both `first` and `second` name, where `*` names every type.
    private static func commonType(_ first: String, _ second: String) -> String? {
        if first == second || second == "*" { return first }
        if first == "*" { return second }
        return nil
    }
}
