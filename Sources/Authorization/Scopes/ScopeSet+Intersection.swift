extension ScopeSet {
    /// Every requested permission that `limit` also allows, expressed as scopes.
    ///
    /// Each resource scope here meets each resource scope of `limit` with the same context:
    /// a specific type meets `*` as itself, permissions meet bit by bit, and constraints add up
    /// (two different values for one parameter meet as nothing). A result keeps the requested
    /// scope's v1 syntax when its permissions are still `read`, `write` or `*`, and uses v2
    /// letters otherwise. Any other scope (`openid`, `launch/patient`, `athena/service/...`) is
    /// kept only when `limit` holds exactly the same scope. The order follows this set.
    package func intersection(_ limit: ScopeSet) -> ScopeSet {
        ScopeSet(scopes.flatMap { $0.intersections(with: limit) })
    }

    /// The scopes here of which `registered` allows no part, in order.
    ///
    /// A scope that `registered` allows in part is not listed: ``intersection(_:)`` narrows it.
    package func uncovered(by registered: ScopeSet) -> [Scope] {
        scopes.filter { $0.intersections(with: registered).isEmpty }
    }
}
