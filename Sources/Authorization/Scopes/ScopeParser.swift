/// Turns the text of one scope into a ``Scope/Kind``.
enum ScopeParser {
    /// The scopes that are one fixed word.
    private static let words: [String: Scope.Kind] = [
        "launch": .launch,
        "openid": .openid,
        "fhirUser": .fhirUser,
        "profile": .profile,
        "offline_access": .offlineAccess,
        "online_access": .onlineAccess,
    ]

    /// What `text` grants.
    ///
    /// - Throws: ``ScopeError`` when `text` is not a scope the grammar knows.
    static func kind(of text: String) throws(ScopeError) -> Scope.Kind {
        if let kind = words[text] {
            return kind
        }
        if let name = suffix(of: text, after: "launch/") {
            return .launchContext(name)
        }
        if let name = suffix(of: text, after: "athena/service/") {
            return .athenaService(name)
        }
        return try resourceKind(of: text)
    }

    /// The non-empty text after `prefix`, or `nil` when `text` does not start with it or has
    /// nothing after it.
    private static func suffix(of text: String, after prefix: String) -> String? {
        guard text.hasPrefix(prefix), text.count > prefix.count else { return nil }
        return String(text.dropFirst(prefix.count))
    }

    /// Parses `<context>/<type>.<permissions>[?constraint]`.
    private static func resourceKind(of text: String) throws(ScopeError) -> Scope.Kind {
        guard let slash = text.firstIndex(of: "/"),
            let context = Scope.Context(rawValue: String(text[..<slash]))
        else { throw .unknown(text) }

        let rest = text[text.index(after: slash)...]
        let question = rest.firstIndex(of: "?") ?? rest.endIndex
        guard let dot = rest[..<question].firstIndex(of: ".") else { throw .unknown(text) }

        let type = rest[..<dot]
        guard isResourceType(type) else { throw .resourceType(text) }
        let (permissions, syntax) = try permissions(rest[rest.index(after: dot)..<question], in: text)
        let constraint = try constraint(rest[question...], syntax: syntax, in: text)
        return .resource(
            context: context,
            type: String(type),
            permissions: permissions,
            constraint: constraint,
            syntax: syntax
        )
    }

    /// Whether `type` is `*` or shaped like a FHIR resource type name (`[A-Z][A-Za-z]+`).
    private static func isResourceType(_ type: Substring) -> Bool {
        if type == "*" { return true }
        guard let first = type.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
            type.utf8.count >= 2
        else { return false }
        return type.utf8.allSatisfy { byte in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        }
    }

    /// Reads a v1 word (`read`, `write`, `*`) or v2 letters (an ordered subset of `cruds`).
    private static func permissions(
        _ text: Substring,
        in scope: String
    ) throws(ScopeError) -> (Permissions, Scope.Syntax) {
        if let permissions = Permissions(v1Word: text) {
            return (permissions, .v1)
        }
        if let permissions = Permissions(v2Letters: text) {
            return (permissions, .v2)
        }
        throw .permissions(scope)
    }

    /// Reads the `?name=value&...` suffix (with its `?`), which only v2 scopes may carry.
    private static func constraint(
        _ text: Substring,
        syntax: Scope.Syntax,
        in scope: String
    ) throws(ScopeError) -> ScopeConstraint {
        guard let question = text.first else { return .none }
        guard question == "?", syntax == .v2, let constraint = ScopeQueryText.parse(text.dropFirst()) else {
            throw .constraint(scope)
        }
        return constraint
    }
}
