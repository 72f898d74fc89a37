import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// How long parameters may be, and how many scopes one request may name.
@Suite struct OAuthParameterLimitsTests {
    @Test func aHundredThousandCharacterScopeIsRefused() throws {
        let harness = try OAuthHarness()
        let scope = Array(repeating: "system/Patient.read", count: 5_000).joined(separator: " ")
        #expect(scope.count >= 99_999)
        let response = harness.serviceToken(scope: scope)
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_scope")
        #expect(response.json["error_description"]?.stringValue?.contains("4096") == true)
    }

    @Test func moreThanTwoHundredScopesAreRefused() throws {
        let harness = try OAuthHarness()
        let scopes = (0..<201).map { "system/Pa.rs?a=\($0)" }
        let text = scopes.joined(separator: " ")
        #expect(text.count <= 4_096)
        let response = harness.serviceToken(scope: text)
        #expect(response.json["error"] == "invalid_scope")
        #expect(response.json["error_description"]?.stringValue?.contains("200") == true)
        #expect(harness.serviceToken(scope: scopes.dropLast().joined(separator: " ")).status == 200)
    }

    @Test func aLongScopeAtTheAuthorizeEndpointRedirectsWithInvalidScope() throws {
        let harness = try OAuthHarness()
        let scope = Array(repeating: "user/Patient.read", count: 300).joined(separator: " ")
        let query = harness.authorizeQuery(scope: scope, pkce: PKCEPair(), extra: [("login_hint", "provider1")])
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_scope")
        #expect(redirect["state"] == "st-42")
    }

    @Test func aStateOfEightKibibytesComesBack() throws {
        let harness = try OAuthHarness()
        let state = String(repeating: "s", count: 8_192)
        let query = harness.authorizeQuery(
            pkce: PKCEPair(),
            extra: [("login_hint", "provider1")],
            replacing: ["state": state]
        )
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["code"] != nil)
        #expect(redirect["state"] == state)
    }

    @Test func aLongerStateIsAnInvalidRequest() throws {
        let harness = try OAuthHarness()
        let state = String(repeating: "s", count: 8_193)
        let query = harness.authorizeQuery(
            pkce: PKCEPair(),
            extra: [("login_hint", "provider1")],
            replacing: ["state": state]
        )
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_request")
        #expect(redirect["code"] == nil)
        #expect(redirect.raw("state") == nil)
    }

    @Test func anOverlongTokenParameterIsAnInvalidRequest() throws {
        let harness = try OAuthHarness()
        let response = harness.token([
            ("grant_type", "refresh_token"), ("refresh_token", String(repeating: "r", count: 9_000)),
            ("client_id", Seeded.providerAppID),
        ])
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
        #expect(response.json["error_description"]?.stringValue?.contains("refresh_token") == true)
    }
}
