/// Turns a requested scope string into what a client is granted.
///
/// A malformed scope, or one of which the registration allows no part, refuses the whole
/// request with `invalid_scope`. What the registration allows in part, or the grant limit does
/// not allow, is narrowed without an error (the response's `scope` says what was granted).
///
/// Before any of that, the text may be at most 4,096 characters naming at most 200 scopes, and
/// each scope must pass the server's ``OAuthServer/ScopeValidator``, which refuses what the
/// sandbox cannot serve (an unknown resource type or search parameter).
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
    /// The longest `scope` parameter, in characters.
    static let maximumLength = 4_096
    /// The most scopes one `scope` parameter may name.
    static let maximumCount = 200

    /// What `text` grants `client`.
    ///
    /// - Throws: `invalid_scope` for a text over the limits, naming the malformed, refused or
    ///   unregistered scopes, or saying that nothing could be granted.
    static func evaluate(
        _ text: String,
        for client: ClientRegistration,
        validator: OAuthServer.ScopeValidator
    ) throws(OAuthError) -> ScopeSet {
        let parsed = try parse(text)
        let malformed = parsed.malformed.filter { !isInteractionNamed($0) }
        guard malformed.isEmpty else {
            throw .invalidScope("malformed scope: \(malformed.joined(separator: " "))")
        }
        let requested = ScopeSet(parsed.scopes.scopes.filter(isSupported))
        try check(requested, with: validator)
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
        let parsed = try parse(text)
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

    /// The scopes of `text`, once it is within the length and count limits.
    private static func parse(_ text: String) throws(OAuthError) -> (scopes: ScopeSet, malformed: [String]) {
        guard text.count <= maximumLength else {
            throw .invalidScope("scope is longer than \(maximumLength) characters")
        }
        guard text.split(separator: " ").count <= maximumCount else {
            throw .invalidScope("scope names more than \(maximumCount) scopes")
        }
        return ScopeSet.parse(text)
    }

    /// Refuses the scopes `validator` says the server cannot honour, naming each with its reason.
    private static func check(_ scopes: ScopeSet, with validator: OAuthServer.ScopeValidator) throws(OAuthError) {
        let refused = scopes.scopes.compactMap { scope in validator(scope).map { "\(scope) (\($0))" } }
        guard refused.isEmpty else {
            throw .invalidScope("scope cannot be granted: \(refused.joined(separator: "; "))")
        }
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
