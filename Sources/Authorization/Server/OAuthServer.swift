import SandboxHTTP
package import SandboxStore
package import SandboxSupport

/// The sandbox's OAuth 2.0 / SMART App Launch authorization server, shaped like athenaOne's.
///
/// It serves `/oauth2/v1/{token,authorize,introspect,revoke,keys}` and the FHIR base's
/// `.well-known/smart-configuration`, plus admin routes for clients and EHR launches. Resource
/// servers call ``authenticate(bearer:)`` on every request.
///
/// ```swift
/// let oauth = try OAuthServer(store: store, seed: try AuthorizationSeed.load(from: seedDirectory),
///                             clock: clock, logger: logger, patients: { listPatients() },
///                             scopeValidator: { scope in catalog.refusal(of: scope) })
/// oauth.register(on: &router)
/// oauth.registerAdmin(on: &router)
/// switch oauth.authenticate(bearer: request.headers["Authorization"]) { ... }
/// ```
package final class OAuthServer: Sendable {
    /// Lists the patients a clinician can pick on the consent page: FHIR id and display name.
    package typealias PatientDirectory = @Sendable () -> [(id: String, name: String)]
    /// Says why the server cannot honour a requested scope, or returns nil when it can.
    ///
    /// The token and authorize endpoints ask it about every scope a request names (resource,
    /// launch and identity scopes alike) and answer `invalid_scope` with the scope and the
    /// reason when it objects, for example to `system/Foo.read` (no such resource type) or
    /// `system/Observation.rs?foo=bar` (no such search parameter). The FHIR layer supplies one
    /// built from what it serves; the default accepts every scope the grammar parses.
    package typealias ScopeValidator = @Sendable (Scope) -> String?

    package let configuration: Configuration
    package let clients: ClientRegistry
    package let users: UserDirectory
    package let tokens: TokenStore
    let signingKey: ServerSigningKey
    let limiter: TokenRateLimiter
    let authenticator: ClientAuthenticator
    let clock: SimulatedClock
    let logger: Logger
    let patients: PatientDirectory
    let scopeValidator: ScopeValidator

    /// Opens the server over `store`: loads (or on first use seeds) the clients and loads (or
    /// makes) the signing key.
    ///
    /// - Parameters:
    ///   - configuration: Profile, lifetimes and fault modes.
    ///   - store: Where clients and the signing key are kept.
    ///   - seed: The clients a new database starts with, and the users who can sign in.
    ///   - clock: The simulated clock every lifetime is measured on.
    ///   - logger: Gets lifecycle and per-request debug entries, never a secret.
    ///   - patients: The patients the consent page offers.
    ///   - scopeValidator: Refuses requested scopes the sandbox cannot serve; see ``ScopeValidator``.
    /// - Throws: ``ClientRegistryError`` or a store or key error.
    package init(
        configuration: Configuration = Configuration(),
        store: ResourceStore,
        seed: AuthorizationSeed,
        clock: SimulatedClock,
        logger: Logger,
        patients: @escaping PatientDirectory,
        scopeValidator: @escaping ScopeValidator = { _ in nil }
    ) throws {
        self.configuration = configuration
        clients = try ClientRegistry(store: store, seed: seed.clients)
        users = UserDirectory(seed.users)
        tokens = TokenStore(clock: clock, lifetimes: configuration.lifetimes)
        signingKey = try ServerSigningKey.loadOrCreate(in: store)
        limiter = TokenRateLimiter(limit: configuration.profile.tokensPerMinute)
        authenticator = ClientAuthenticator(registry: clients, assertions: ClientAssertionVerifier())
        self.clock = clock
        self.logger = logger
        self.patients = patients
        self.scopeValidator = scopeValidator
        logger.debug(
            "authorization server ready",
            metadata: ["oauth.clients": String(clients.all().count), "oauth.profile": configuration.profile.rawValue]
        )
    }

    /// Judges a resource request's `Authorization` header; see ``TokenStore/authenticate(bearer:)``.
    package func authenticate(bearer header: String?) -> BearerResult {
        tokens.authenticate(bearer: header)
    }

    /// The base URL the request reached, for issued URLs and audience checks.
    func baseURL(of request: HTTPRequest) -> RequestBaseURL {
        RequestBaseURL(request, fallbackHost: configuration.fallbackHost)
    }

    /// Whether `id` names a patient the directory lists.
    func isKnownPatient(_ id: String) -> Bool {
        patients().contains { $0.id == id }
    }
}
