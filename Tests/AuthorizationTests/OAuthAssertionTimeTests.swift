import Authorization
import Foundation
import SandboxCrypto
import SandboxHTTP
import SandboxSupport
import Testing

/// When a client assertion counts as current, and which algorithm its key allows.
@Suite struct OAuthAssertionTimeTests {
    private static let clientID = "0oabackendclock00001"

    /// A harness with a service client whose JWKS holds `key`, with `alg` when given.
    private func harness(with key: PrivateKey, alg: JWSAlgorithm? = nil) throws -> OAuthHarness {
        let harness = try OAuthHarness()
        let jwks: JSONValue = .object(["keys": .array([key.publicJWK(kid: "k1", alg: alg)])])
        try harness.server.clients.create(
            ClientRegistration(
                id: Self.clientID,
                name: "Backend",
                kind: .service,
                authentication: .jwks(jwks),
                scopes: ScopeSet.parse("system/*.rs").scopes
            )
        )
        return harness
    }

    /// An assertion whose times are seconds relative to `now` (seconds since 1970).
    private func assertion(
        key: PrivateKey,
        algorithm: JWSAlgorithm = .rs384,
        now: Int,
        expiresIn: Int = 300,
        issuedAgo: Int? = nil,
        notBefore: Int? = nil,
        jti: String = SecureRandom.token(byteCount: 12)
    ) throws -> String {
        let claims: JSONValue = .object([
            "iss": .string(Self.clientID), "sub": .string(Self.clientID), "aud": .string(OAuthHarness.tokenURL),
            "exp": .int(now + expiresIn), "jti": .string(jti),
            "iat": issuedAgo.map { .int(now - $0) }, "nbf": notBefore.map { .int(now + $0) },
        ])
        return try JWS.sign(header: .object(["kid": "k1"]), claims: claims, with: key, algorithm: algorithm)
    }

    private func requestToken(_ harness: OAuthHarness, _ assertion: String) -> HTTPResponse {
        harness.postForm(
            "/oauth2/v1/token",
            [
                ("grant_type", "client_credentials"), ("scope", "system/Patient.rs"),
                ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                ("client_assertion", assertion),
            ]
        )
    }

    private var wallNow: Int { Int(Date().timeIntervalSince1970) }

    @Test func anAssertionMintedWithTheRealClockIsAccepted() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key)
        let signed = try assertion(key: key, now: wallNow, expiresIn: 300, issuedAgo: 0, notBefore: 0)
        let response = requestToken(harness, signed)
        #expect(response.status == 200, "\(response.json)")
        #expect(requestToken(harness, signed).json["error"] == "invalid_client")
    }

    @Test func anAssertionMintedWithTheSimulatedClockIsStillAccepted() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key)
        let now = Int(harness.clock.now / 1000)
        #expect(requestToken(harness, try assertion(key: key, now: now, issuedAgo: 5)).status == 200)
    }

    @Test(arguments: [
        (expiresIn: -10, issuedAgo: Int?.none, notBefore: Int?.none),
        (expiresIn: 400, issuedAgo: nil, notBefore: nil),
        (expiresIn: 300, issuedAgo: -600, notBefore: nil),
        (expiresIn: 300, issuedAgo: nil, notBefore: 200),
    ])
    func anAssertionOutOfTimeOnBothClocksIsRefused(expiresIn: Int, issuedAgo: Int?, notBefore: Int?) throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key)
        for now in [wallNow, Int(harness.clock.now / 1000)] {
            let signed = try assertion(
                key: key,
                now: now,
                expiresIn: expiresIn,
                issuedAgo: issuedAgo,
                notBefore: notBefore
            )
            let response = requestToken(harness, signed)
            #expect(response.status == 401)
            #expect(response.json["error"] == "invalid_client")
        }
    }

    @Test func aKeyThatNamesItsAlgorithmAcceptsNoOther() throws {
        let key = try PrivateKey.generateRSA()
        let harness = try harness(with: key, alg: .rs384)
        let now = Int(harness.clock.now / 1000)
        let rs256 = requestToken(harness, try assertion(key: key, algorithm: .rs256, now: now))
        #expect(rs256.status == 401)
        #expect(rs256.json["error"] == "invalid_client")
        #expect(requestToken(harness, try assertion(key: key, algorithm: .rs384, now: now)).status == 200)
    }
}
