package import SandboxSupport

/// One OAuth client the sandbox knows: who it is, how it proves that, and what it may ask for.
///
/// athenaOne gives each app one kind of credential: a 2-legged service client cannot run the
/// user-facing flow and a 3-legged app cannot ask for client credentials, so ``kind`` decides
/// which grants the token endpoint accepts.
package struct ClientRegistration: Sendable, Hashable {
    /// Which flow the client runs.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A 2-legged backend client (`client_credentials`).
        case service
        /// A 3-legged provider app, whose user is a clinician (`authorization_code`).
        case user
        /// A 3-legged patient app, whose user is the patient (`authorization_code`).
        case patient
    }

    /// How the client authenticates at the token endpoint.
    package enum Authentication: Sendable, Hashable {
        /// A shared secret, sent as `client_secret_basic`, `client_secret_post` or used as the
        /// HMAC key of a `client_secret_jwt` assertion.
        case secret(String)
        /// Inline public keys (`{"keys": [...]}`) that verify `private_key_jwt` assertions.
        case jwks(JSONValue)
        /// A public client that cannot keep a secret; PKCE stands in for authentication.
        case none
    }

    /// Who approves a 3-legged request without showing the consent page.
    package struct AutoApproval: Sendable, Hashable {
        /// The username of a seeded user.
        package var user: String
        /// The patient id chosen for a provider user, when the request needs one.
        package var patient: String?

        package init(user: String, patient: String? = nil) {
            self.user = user
            self.patient = patient
        }
    }

    /// The client id, such as `0oasandboxdefault001`.
    package var id: String
    /// The name the consent page shows.
    package var name: String
    package var kind: Kind
    package var authentication: Authentication
    /// Every scope the client may request; a request outside these is refused.
    package var scopes: ScopeSet
    /// What consent may grant at most; requests beyond it are narrowed without an error.
    package var grantLimit: ScopeSet?
    /// The exact redirect URIs the authorize endpoint accepts.
    package var redirectURIs: [String]
    package var autoApproval: AutoApproval?

    package init(
        id: String,
        name: String,
        kind: Kind,
        authentication: Authentication,
        scopes: ScopeSet,
        grantLimit: ScopeSet? = nil,
        redirectURIs: [String] = [],
        autoApproval: AutoApproval? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.authentication = authentication
        self.scopes = scopes
        self.grantLimit = grantLimit
        self.redirectURIs = redirectURIs
        self.autoApproval = autoApproval
    }

    /// The most a request can be granted: the registered scopes within the grant limit.
    package var grantableScopes: ScopeSet {
        grantLimit.map { scopes.intersection($0) } ?? scopes
    }

    /// Whether the client runs the 3-legged flow.
    package var isInteractive: Bool {
        kind != .service
    }
}
