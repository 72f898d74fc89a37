/// Turns a requested scope string into what a client is granted.
///
/// A malformed scope, or one of which the registration allows no part, refuses the whole
/// request with `invalid_scope`. What the registration allows in part, or the grant limit does
/// not allow, is narrowed without an error (the response's `scope` says what was granted).
///
/// Two kinds of scope are not supported and are left out of the grant, as SMART prefers over
/// refusing the request: a `launch/<name>` scope for a context the sandbox cannot fill, and a
/// resource scope whose permission is an interaction name (`user/Appointment.create`), which
/// neither SMART v1 nor v2 defines but which athenaOne is asked for and silently drops.
enum ScopeGrant {
    /// The launch contexts the sandbox fills.
    static let supportedLaunchContexts: Set<String> = ["patient", "encounter"]
    /// Interaction names some clients write where SMART wants `read`, `write` or `cruds` letters.
    static let interactionWords: Set<String> = ["create", "update", "delete", "search", "patch"]

    /// What `text` grants `client`.
    ///
    /// - Throws: `invalid_scope` naming the malformed or unregistered scopes, or saying that
    ///   nothing could be granted.
    static func evaluate(_ text: String, for client: ClientRegistration) throws(OAuthError) -> ScopeSet {
        let parsed = ScopeSet.parse(text)
        let malformed = parsed.malformed.filter { !isInteractionNamed($0) }
        guard malformed.isEmpty else {
            throw .invalidScope("malformed scope: \(malformed.joined(separator: " "))")
        }
        let requested = ScopeSet(parsed.scopes.scopes.filter(isSupported))
        let uncovered = requested.uncovered(by: client.scopes)
        guard uncovered.isEmpty else {
            let names = uncovered.map(\.description).joined(separator: " ")
            throw .invalidScope("scope not registered for this client: \(names)")
        }
        let granted = requested.intersection(client.grantableScopes)
        guard !granted.isEmpty else { throw .invalidScope("none of the requested scopes can be granted") }
        return granted
    }

    /// Narrows an earlier grant to `text` at a refresh: it may only ask for less.
    ///
    /// - Throws: `invalid_scope` for a malformed scope or one beyond the original grant.
    static func narrow(_ original: ScopeSet, to text: String) throws(OAuthError) -> ScopeSet {
        let parsed = ScopeSet.parse(text)
        guard parsed.malformed.isEmpty else {
            throw .invalidScope("malformed scope: \(parsed.malformed.joined(separator: " "))")
        }
        let uncovered = parsed.scopes.uncovered(by: original)
        guard uncovered.isEmpty else {
            throw .invalidScope("beyond the original grant: \(uncovered.map(\.description).joined(separator: " "))")
        }
        let narrowed = parsed.scopes.intersection(original)
        guard !narrowed.isEmpty else { throw .invalidScope("none of the requested scopes can be granted") }
        return narrowed
    }

    /// Whether `text` is `<context>/<Type>.<interaction name>`, such as `user/Appointment.create`.
    private static func isInteractionNamed(_ text: String) -> Bool {
        guard let dot = text.lastIndex(of: "."), let slash = text.firstIndex(of: "/"), slash < dot,
            Scope.Context(rawValue: String(text[..<slash])) != nil
        else { return false }
        return interactionWords.contains(String(text[text.index(after: dot)...]))
    }

    private static func isSupported(_ scope: Scope) -> Bool {
        guard case .launchContext(let name) = scope.kind else { return true }
        return supportedLaunchContexts.contains(name)
    }
}
