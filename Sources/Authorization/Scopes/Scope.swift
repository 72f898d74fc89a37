/// One parsed OAuth scope: a SMART resource scope, a SMART launch or identity scope, or an
/// athenaOne v1 API scope.
///
/// A resource scope remembers whether it was written in SMART v1 (`user/Patient.read`) or v2
/// (`user/Patient.rs`) syntax, so ``description`` gives it back in the form the client used.
package struct Scope: Sendable, Hashable, CustomStringConvertible {
    /// Whose data a resource scope reaches: one patient's, what the user may see, or the system's.
    package enum Context: String, Sendable, Hashable, CaseIterable {
        case patient, user, system
    }

    /// The SMART version whose syntax a resource scope is written in.
    package enum Syntax: Sendable, Hashable {
        /// `read`, `write` or `*`, with no constraint.
        case v1
        /// An ordered subset of `cruds`, with an optional `?name=value` constraint.
        case v2
    }

    /// What a scope grants.
    package enum Kind: Sendable, Hashable {
        /// `<context>/<type>.<permissions>[?constraint]`; `type` is `"*"` for every type.
        case resource(
            context: Context,
            type: String,
            permissions: Permissions,
            constraint: ScopeConstraint,
            syntax: Syntax
        )
        /// `launch`: the EHR launch's context is wanted.
        case launch
        /// `launch/<name>`, holding the text after `launch/` (`patient`, `encounter`, or any other
        /// name with its query, such as `questionnaire?role=https://example.org/role/new`).
        case launchContext(String)
        /// `openid`.
        case openid
        /// `fhirUser`.
        case fhirUser
        /// `profile`, the SMART v1 predecessor of `fhirUser`.
        case profile
        /// `offline_access`: a refresh token that outlives the session.
        case offlineAccess
        /// `online_access`: a refresh token that lives as long as the session.
        case onlineAccess
        /// `athena/service/<name>`, holding the text after `athena/service/` (`Athenanet.MDP.*`).
        case athenaService(String)
    }

    /// What the scope grants.
    package var kind: Kind

    package init(_ kind: Kind) {
        self.kind = kind
    }

    /// Parses one scope, such as `patient/Observation.rs?category=...|vital-signs` or `openid`.
    ///
    /// - Throws: ``ScopeError`` naming `text` when it is not a scope the grammar knows.
    package init(parsing text: String) throws(ScopeError) {
        kind = try ScopeParser.kind(of: text)
    }

    /// The canonical text: v1 scopes in v1 words, v2 scopes in `cruds` letters.
    package var description: String {
        switch kind {
        case .resource(let context, let type, let permissions, let constraint, let syntax):
            Self.resourceText(
                context: context,
                type: type,
                permissions: permissions,
                constraint: constraint,
                syntax: syntax
            )
        case .launch: "launch"
        case .launchContext(let name): "launch/\(name)"
        case .openid: "openid"
        case .fhirUser: "fhirUser"
        case .profile: "profile"
        case .offlineAccess: "offline_access"
        case .onlineAccess: "online_access"
        case .athenaService(let name): "athena/service/\(name)"
        }
    }

    private static func resourceText(
        context: Context,
        type: String,
        permissions: Permissions,
        constraint: ScopeConstraint,
        syntax: Syntax
    ) -> String {
        let prefix = "\(context.rawValue)/\(type)."
        if syntax == .v1, constraint.isEmpty, let word = permissions.v1Word {
            return prefix + word
        }
        return prefix + permissions.letters + (constraint.isEmpty ? "" : "?\(constraint)")
    }
}
