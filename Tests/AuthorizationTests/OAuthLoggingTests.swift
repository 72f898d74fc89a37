import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// Nothing the server logs may reveal a secret, token, code or assertion.
@Suite struct OAuthLoggingTests {
    @Test func noSecretTokenOrCodeAppearsInAnyLogEntry() throws {
        let harness = try OAuthHarness()
        var secrets = [Seeded.serviceSecret]

        let service = harness.serviceToken(scope: "system/Patient.read").json
        secrets.append(try #require(service["access_token"]?.stringValue))
        _ = harness.token(
            [("grant_type", "client_credentials"), ("scope", "system/Patient.read")],
            basic: (Seeded.serviceID, "wrong-secret-value")
        )
        secrets.append("wrong-secret-value")

        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        secrets += [code, pkce.verifier]
        let body = harness.exchange(code, verifier: pkce.verifier).json
        let refresh = try #require(body["refresh_token"]?.stringValue)
        secrets += [
            try #require(body["access_token"]?.stringValue), refresh, try #require(body["id_token"]?.stringValue),
        ]
        let refreshed = harness.token([
            ("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", Seeded.providerAppID),
        ]).json
        secrets.append(try #require(refreshed["access_token"]?.stringValue))
        _ = harness.exchange(code, verifier: pkce.verifier)
        _ = harness.postForm("/oauth2/v1/revoke", [("token", refresh), ("client_id", Seeded.providerAppID)])

        let texts = harness.logs.texts
        #expect(texts.count >= 5, "the flow should have logged something")
        for secret in secrets {
            #expect(!texts.contains { $0.contains(secret) }, "a log entry contains a secret")
        }
        #expect(texts.contains { $0.contains("oauth.token.fingerprint") })
    }
}
