import Authorization
import SandboxCrypto
import SandboxHTTP
import SandboxSupport
import Testing

/// Client assertions: `private_key_jwt` with RS384 and ES384 keys, and `client_secret_jwt`.
@Suite struct OAuthPrivateKeyJWTTests {
    private static let clientID = "0oabackendjwks000001"

    /// A harness with a service client that authenticates with `key`'s public half.
    private func harness(with key: PrivateKey, kid: String) throws -> OAuthHarness {
        let harness = try OAuthHarness()
        let jwks: JSONValue = .object(["keys": .array([key.publicJWK(kid: kid)])])
        try harness.server.clients.create(
            ClientRegistration(
                id: Self.clientID,
                name: "Backend with keys",
                kind: .service,
                authentication: .jwks(jwks),
                scopes: ScopeSet.parse("system/*.rs").scopes
            )
        )
        return harness
    }

    private func assertion(
        _ harness: OAuthHarness,
        key: PrivateKey,
        algorithm: JWSAlgorithm,
        kid: String,
        audience: String = OAuthHarness.tokenURL,
        expiresIn seconds: Int = 240,
        jti: String = SecureRandom.token(byteCount: 12)
    ) throws -> String {
        let now = Int(harness.clock.now / 1000)
        let claims: JSONValue = .object([
            "iss": .string(Self.clientID), "sub": .string(Self.clientID), "aud": .string(audience),
            "exp": .int(now + seconds), "jti": .string(jti),
        ])
        return try JWS.sign(
            header: .object(["kid": .string(kid), "typ": "JWT"]),
            claims: claims,
            with: key,
            algorithm: algorithm
        )
    }

    private func requestToken(_ harness: OAuthHarness, assertion: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        harness.postForm(
            "/oauth2/v1/token",
            [
                ("grant_type", "client_credentials"), ("scope", "system/Patient.rs"),
                ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                ("client_assertion", assertion),
            ],
            headers: headers
        )
    }

    @Test func anRS384AssertionAuthenticatesTheClient() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key, kid: "rsa-1")
        let response = requestToken(
            harness,
            assertion: try assertion(harness, key: key, algorithm: .rs384, kid: "rsa-1")
        )
        #expect(response.status == 200)
        #expect(response.json["scope"] == "system/Patient.rs")
    }

    @Test func anES384AssertionAuthenticatesTheClient() throws {
        let key = try PrivateKey.generateEC(curve: .p384)
        let harness = try harness(with: key, kid: "ec-1")
        let response = requestToken(
            harness,
            assertion: try assertion(harness, key: key, algorithm: .es384, kid: "ec-1")
        )
        #expect(response.status == 200)
    }

    @Test func aReplayedJTIIsRefused() throws {
        let key = try PrivateKey.generateEC(curve: .p384)
        let harness = try harness(with: key, kid: "ec-1")
        let signed = try assertion(harness, key: key, algorithm: .es384, kid: "ec-1", jti: "once-only")
        #expect(requestToken(harness, assertion: signed).status == 200)
        let replay = requestToken(harness, assertion: signed)
        #expect(replay.status == 401)
        #expect(replay.json["error"] == "invalid_client")
        #expect(replay.json["error_description"]?.stringValue?.contains("jti") == true)
    }

    @Test func anExpiredAssertionIsRefused() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key, kid: "rsa-1")
        let signed = try assertion(harness, key: key, algorithm: .rs384, kid: "rsa-1", expiresIn: 60)
        harness.clock.advance(byMilliseconds: 61_000)
        let response = requestToken(harness, assertion: signed)
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
    }

    @Test func anAssertionValidForMoreThanFiveMinutesIsRefused() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key, kid: "rsa-1")
        let response = requestToken(
            harness,
            assertion: try assertion(harness, key: key, algorithm: .rs384, kid: "rsa-1", expiresIn: 301)
        )
        #expect(response.json["error"] == "invalid_client")
    }

    @Test func anAssertionForAnotherAudienceIsRefused() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key, kid: "rsa-1")
        let signed = try assertion(
            harness,
            key: key,
            algorithm: .rs384,
            kid: "rsa-1",
            audience: "https://api.preview.platform.athenahealth.com/oauth2/v1/token"
        )
        #expect(requestToken(harness, assertion: signed).json["error"] == "invalid_client")
    }

    @Test func theAudienceIsTheTokenURLAsTheClientReachedIt() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key, kid: "rsa-1")
        let signed = try assertion(
            harness,
            key: key,
            algorithm: .rs384,
            kid: "rsa-1",
            audience: "https://gw.example/oauth2/v1/token"
        )
        let headers: HTTPHeaders = ["X-Forwarded-Proto": "https", "X-Forwarded-Host": "gw.example"]
        #expect(requestToken(harness, assertion: signed, headers: headers).status == 200)
    }

    @Test func anAssertionSignedWithAnUnregisteredKeyIsRefused() throws {
        let registered = try PrivateKey.generateRSA()
        let other = try PrivateKey.generateRSA()
        let harness = try harness(with: registered, kid: "rsa-1")
        let response = requestToken(
            harness,
            assertion: try assertion(harness, key: other, algorithm: .rs384, kid: "rsa-1")
        )
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
    }

    @Test func aClientSecretJWTSignedWithTheSecretAuthenticates() throws {
        let harness = try OAuthHarness()
        let now = Int(harness.clock.now / 1000)
        let claims: JSONValue = .object([
            "iss": .string(Seeded.serviceID), "sub": .string(Seeded.serviceID), "aud": .string(OAuthHarness.tokenURL),
            "exp": .int(now + 120), "jti": "secret-jwt-1",
        ])
        let signed = try JWS.sign(claims: claims, secret: Array(Seeded.serviceSecret.utf8))
        let response = harness.postForm(
            "/oauth2/v1/token",
            [
                ("grant_type", "client_credentials"), ("scope", "system/Patient.read"),
                ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                ("client_assertion", signed),
            ]
        )
        #expect(response.status == 200)
    }
}
