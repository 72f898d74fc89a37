import SandboxHTTP
import SandboxSupport

/// `GET /oauth2/v1/.well-known/openid-configuration`: OpenID Connect Discovery for the issuer.
extension OAuthServer {
    /// The claims an id token may carry.
    static let idTokenClaims = ["iss", "sub", "aud", "iat", "exp", "nonce", "fhirUser"]

    /// The OpenID Provider metadata of the issuer `<base>/oauth2/v1`, with every URL pointing at
    /// this sandbox as the client reached it.
    ///
    /// The sandbox has no userinfo endpoint, so `userinfo_endpoint` is left out; the id token
    /// carries `fhirUser` instead. PKCE is always listed here: the discovery quirk concerns
    /// the SMART document only.
    func openIDConfiguration(_ request: HTTPRequest) -> HTTPResponse {
        let base = baseURL(of: request)
        let document = JSONValue.object([
            "issuer": .string(base.issuer),
            "authorization_endpoint": .string(base.issuer + "/authorize"),
            "token_endpoint": .string(base.tokenEndpoint),
            "jwks_uri": .string(base.issuer + "/keys"),
            "introspection_endpoint": .string(base.issuer + "/introspect"),
            "revocation_endpoint": .string(base.issuer + "/revoke"),
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code", "client_credentials", "refresh_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": .array(Self.scopeForms.map { .string($0) }),
            "claims_supported": .array(Self.idTokenClaims.map { .string($0) }),
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": [
                "client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none",
            ],
            "token_endpoint_auth_signing_alg_values_supported": ["RS256", "RS384", "ES256", "ES384", "HS256"],
            "request_parameter_supported": false,
        ])
        return .json(bytes: document.encodedBytes())
    }
}
