import SandboxCrypto
import SandboxHTTP

/// Works out which client sent a token, introspection or revocation request, and checks its proof.
///
/// One method per request (RFC 6749 §2.3): `client_secret_basic` (the `Authorization` header),
/// `client_secret_post` (`client_secret` in the body), a JWT assertion (`private_key_jwt` or
/// `client_secret_jwt`), or none at all for a public client, which names itself with
/// `client_id` only. Secrets are compared in constant time.
struct ClientAuthenticator: Sendable {
    /// How the client authenticated.
    enum Method: String, Sendable {
        case basic = "client_secret_basic"
        case post = "client_secret_post"
        case assertion = "jwt_assertion"
        case none
    }

    /// A client that proved who it is.
    struct Authenticated: Sendable {
        var client: ClientRegistration
        var method: Method

        /// Whether an `invalid_client` answer must carry a `Basic` challenge.
        var usedBasic: Bool { method == .basic }
    }

    let registry: ClientRegistry
    let assertions: ClientAssertionVerifier

    /// The authenticated client of `request`.
    ///
    /// `audiences` are the URLs an assertion's `aud` may name: the token endpoint, and for
    /// introspection and revocation also that endpoint.
    ///
    /// - Throws: `invalid_request` for more than one method or more than one `Authorization`
    ///   header, `invalid_client` (401, with a `Basic` challenge when Basic was used) for
    ///   anything that does not prove the client.
    func authenticate(
        _ request: HTTPRequest,
        parameters: OAuthParameters,
        audiences: [String],
        now: Int64
    ) throws(OAuthError) -> Authenticated {
        guard request.headers.values(for: "Authorization").count <= 1 else {
            throw .invalidRequest("send at most one Authorization header")
        }
        let basic = request.headers["Authorization"].flatMap(Self.basicCredentials(in:))
        let hasBasic = request.headers["Authorization"].map { $0.lowercased().hasPrefix("basic ") } ?? false
        let hasPost = parameters.has("client_secret")
        let hasAssertion = parameters.has("client_assertion") || parameters.has("client_assertion_type")
        guard [hasBasic, hasPost, hasAssertion].filter({ $0 }).count <= 1 else {
            throw .invalidRequest("use exactly one client authentication method")
        }

        if hasBasic {
            guard let basic else { throw .invalidClient("the Basic credentials are malformed", basicChallenge: true) }
            return try secretClient(
                id: basic.id,
                secret: basic.secret,
                claimedID: try parameters.value("client_id"),
                method: .basic
            )
        }
        if hasPost {
            return try secretClient(
                id: try parameters.required("client_id"),
                secret: try parameters.required("client_secret"),
                method: .post
            )
        }
        if hasAssertion {
            return try assertionClient(parameters, audiences: audiences, now: now)
        }
        return try publicClient(id: try parameters.value("client_id"))
    }

    private func secretClient(
        id: String,
        secret: String,
        claimedID: String? = nil,
        method: Method
    ) throws(OAuthError) -> Authenticated {
        let isBasic = method == .basic
        if let claimedID, claimedID != id { throw .invalidRequest("client_id does not match the Basic credentials") }
        guard let client = registry.client(id: id), case .secret(let expected) = client.authentication,
            ConstantTime.isEqual(Array(expected.utf8), Array(secret.utf8))
        else { throw .invalidClient("client authentication failed", basicChallenge: isBasic) }
        return Authenticated(client: client, method: method)
    }

    private func assertionClient(
        _ parameters: OAuthParameters,
        audiences: [String],
        now: Int64
    ) throws(OAuthError) -> Authenticated {
        guard try parameters.value("client_assertion_type") == ClientAssertionVerifier.assertionType else {
            throw .invalidRequest("client_assertion_type must be \(ClientAssertionVerifier.assertionType)")
        }
        let client = try assertions.verify(
            try parameters.required("client_assertion"),
            claimedClientID: try parameters.value("client_id"),
            registry: registry,
            audiences: audiences,
            now: now
        )
        return Authenticated(client: client, method: .assertion)
    }

    private func publicClient(id: String?) throws(OAuthError) -> Authenticated {
        guard let id else { throw .invalidClient("client authentication is required", basicChallenge: false) }
        guard let client = registry.client(id: id), client.authentication == .none else {
            throw .invalidClient("client authentication failed", basicChallenge: false)
        }
        return Authenticated(client: client, method: .none)
    }

    /// The id and secret of `Basic <base64(id:secret)>`, each form-decoded (RFC 6749 §2.3.1).
    static func basicCredentials(in header: String) -> (id: String, secret: String)? {
        guard header.lowercased().hasPrefix("basic ") else { return nil }
        let encoded = header.dropFirst(6).drop(while: { $0 == " " })
        guard let bytes = Base64.decode(encoded), let text = String(validating: bytes, as: UTF8.self),
            let colon = text.firstIndex(of: ":"),
            let id = HTTPRequest.percentDecode(text[..<colon], plusAsSpace: true),
            let secret = HTTPRequest.percentDecode(text[text.index(after: colon)...], plusAsSpace: true),
            !id.isEmpty
        else { return nil }
        return (id, secret)
    }
}
