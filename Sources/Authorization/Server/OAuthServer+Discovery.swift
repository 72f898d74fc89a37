import SandboxHTTP
import SandboxSupport

/// `GET /fhir/r4/.well-known/smart-configuration` and `GET /oauth2/v1/keys`.
extension OAuthServer {
    /// The scope forms the grammar accepts, as `scopes_supported` lists them.
    static let scopeForms = [
        "openid", "fhirUser", "profile", "launch", "launch/patient", "launch/encounter", "offline_access",
        "online_access", "patient/*.read", "patient/*.rs", "patient/*.cruds", "user/*.read", "user/*.write",
        "user/*.*", "user/*.cruds", "system/*.read", "system/*.rs", "system/*.cruds",
        "patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory",
        "athena/service/Athenanet.MDP.*",
    ]

    /// athenaOne's discovery document with every URL pointing at this sandbox.
    ///
    /// It keeps athenaOne's keys and values (the duplicate `token_endpoint_auth_methods` and a
    /// `grant_types_supported` without `refresh_token` included) and adds `scopes_supported`
    /// and, unless the fidelity quirk is on, `code_challenge_methods_supported`.
    func smartConfiguration(_ request: HTTPRequest) -> HTTPResponse {
        let base = baseURL(of: request)
        let authMethods: JSONValue = [
            "client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none",
        ]
        let pkce: JSONValue? = configuration.omitPKCEFromDiscovery ? nil : ["S256"]
        let document = JSONValue.object([
            "issuer": .string(base.issuer),
            "jwks_uri": .string(base.issuer + "/keys"),
            "authorization_endpoint": .string(base.issuer + "/authorize"),
            "token_endpoint": .string(base.tokenEndpoint),
            "introspection_endpoint": .string(base.issuer + "/introspect"),
            "revocation_endpoint": .string(base.issuer + "/revoke"),
            "token_endpoint_auth_methods_supported": authMethods,
            "token_endpoint_auth_methods": authMethods,
            "grant_types_supported": ["authorization_code", "client_credentials"],
            "response_types_supported": [
                "code", "token", "id_token", "code id_token", "code token", "id_token token", "code id_token token",
            ],
            "scopes_supported": .array(Self.scopeForms.map { .string($0) }),
            "code_challenge_methods_supported": pkce,
            "capabilities": .array(Self.capabilities.map { .string($0) }),
        ])
        return .json(bytes: document.encodedBytes())
    }

    /// The server's public signing key as a JWK Set.
    func keys(_ request: HTTPRequest) -> HTTPResponse {
        .json(bytes: signingKey.jwks.encodedBytes())
    }

    private static let capabilities = [
        "launch-ehr", "launch-standalone", "client-confidential-symmetric", "client-confidential-asymmetric",
        "client-public", "sso-openid-connect", "context-ehr-patient", "context-ehr-encounter", "authorize-post",
        "context-standalone-patient", "permission-offline", "permission-patient", "permission-user",
        "permission-v1", "permission-v2", "context-banner", "context-style", "health-cards",
    ]
}
