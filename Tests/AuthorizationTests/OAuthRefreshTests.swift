import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// The refresh grant, conformant and in athenaOne's fault mode.
@Suite struct OAuthRefreshTests {
    private static let scope = "openid fhirUser offline_access user/Patient.read"

    /// Completes authorize and token with `scope`, returning the token response body.
    private func signIn(_ harness: OAuthHarness, scope: String = Self.scope) throws -> JSONValue {
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(scope: scope, pkce: pkce)
        let response = harness.exchange(code, verifier: pkce.verifier)
        try #require(response.status == 200)
        return response.json
    }

    private func refresh(_ harness: OAuthHarness, _ token: String, scope: String? = nil) -> HTTPResponse {
        var pairs = [("grant_type", "refresh_token"), ("refresh_token", token), ("client_id", Seeded.providerAppID)]
        if let scope { pairs.append(("scope", scope)) }
        return harness.token(pairs)
    }

    @Test func aRefreshAfterTheAccessTokenExpiredIssuesNewTokens() throws {
        let harness = try OAuthHarness()
        let first = try signIn(harness)
        let accessToken = try #require(first["access_token"]?.stringValue)
        let refreshToken = try #require(first["refresh_token"]?.stringValue)

        harness.clock.advance(byMilliseconds: 61 * 60_000)
        #expect(harness.server.authenticate(bearer: "Bearer \(accessToken)") == .invalid(.expired))

        let response = refresh(harness, refreshToken)
        #expect(response.status == 200)
        #expect(response.headers["Cache-Control"] == "no-store")
        let body = response.json
        #expect(body["expires_in"] == 3600)
        #expect(body["scope"] == .string(Self.scope))
        let newAccess = try #require(body["access_token"]?.stringValue)
        let rotated = try #require(body["refresh_token"]?.stringValue)
        #expect(newAccess != accessToken)
        #expect(rotated != refreshToken)
        guard case .valid(let grant) = harness.server.authenticate(bearer: "Bearer \(newAccess)") else {
            Issue.record("the refreshed token does not authenticate")
            return
        }
        #expect(grant.fhirUser == "Practitioner/a-195900.Provider-1")
    }

    @Test func aRotatedRefreshTokenStopsWorking() throws {
        let harness = try OAuthHarness()
        let refreshToken = try #require(try signIn(harness)["refresh_token"]?.stringValue)
        #expect(refresh(harness, refreshToken).status == 200)
        let again = refresh(harness, refreshToken)
        #expect(again.status == 400)
        #expect(again.json["error"] == "invalid_grant")
    }

    @Test func faultModeRefusesARefreshAfterExpiryAsAthenaDid() throws {
        let harness = try OAuthHarness(OAuthServer.Configuration(refreshRequiresLiveAccessToken: true))
        let refreshToken = try #require(try signIn(harness)["refresh_token"]?.stringValue)

        harness.clock.advance(byMilliseconds: 61 * 60_000)
        let response = refresh(harness, refreshToken)
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
        #expect(response.json["expires_in"] == 0)
        #expect(response.json["error_description"]?.stringValue?.contains("sign in again") == true)
    }

    @Test func faultModeStillRefreshesWhileTheAccessTokenLives() throws {
        let harness = try OAuthHarness(OAuthServer.Configuration(refreshRequiresLiveAccessToken: true))
        let refreshToken = try #require(try signIn(harness)["refresh_token"]?.stringValue)
        harness.clock.advance(byMilliseconds: 30 * 60_000)
        #expect(refresh(harness, refreshToken).status == 200)
    }

    @Test func withoutOfflineAccessNoRefreshTokenIsIssued() throws {
        let harness = try OAuthHarness()
        let body = try signIn(harness, scope: "openid fhirUser user/Patient.read")
        #expect(body["access_token"]?.stringValue != nil)
        #expect(body["refresh_token"] == nil)
    }

    @Test func onlineAccessAlsoGetsARefreshToken() throws {
        let harness = try OAuthHarness()
        let body = try signIn(harness, scope: "online_access user/Patient.read")
        #expect(body["refresh_token"]?.stringValue != nil)
    }

    @Test func aRefreshMayNarrowButNotWidenTheGrant() throws {
        let harness = try OAuthHarness()
        let first = try signIn(harness, scope: "offline_access user/Patient.read user/Observation.read")
        let refreshToken = try #require(first["refresh_token"]?.stringValue)

        let wider = refresh(harness, refreshToken, scope: "offline_access user/Encounter.read")
        #expect(wider.json["error"] == "invalid_scope")

        let narrower = refresh(harness, refreshToken, scope: "offline_access user/Patient.read")
        #expect(narrower.status == 200)
        #expect(narrower.json["scope"] == "offline_access user/Patient.read")
    }

    @Test func narrowingAwayOfflineAccessEndsTheRefreshChain() throws {
        let harness = try OAuthHarness()
        let first = try signIn(harness, scope: "offline_access user/Patient.read user/Observation.read")
        let refreshToken = try #require(first["refresh_token"]?.stringValue)

        let narrowed = refresh(harness, refreshToken, scope: "user/Patient.read")
        #expect(narrowed.status == 200)
        #expect(narrowed.json["scope"] == "user/Patient.read")
        #expect(narrowed.json["access_token"]?.stringValue != nil)
        #expect(narrowed.json["refresh_token"] == nil)
        #expect(refresh(harness, refreshToken).json["error"] == "invalid_grant")
    }

    @Test func anotherClientCannotUseTheRefreshToken() throws {
        let harness = try OAuthHarness()
        let refreshToken = try #require(try signIn(harness)["refresh_token"]?.stringValue)
        let response = harness.token([
            ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", Seeded.patientAppID),
        ])
        #expect(response.json["error"] == "invalid_grant")
    }

    @Test func removingOfflineAccessFromLiveTokensEndsRefreshes() throws {
        let harness = try OAuthHarness()
        let refreshToken = try #require(try signIn(harness)["refresh_token"]?.stringValue)
        let changed = harness.server.tokens.removeScope(try Scope(parsing: "offline_access"))
        #expect(changed == 2)
        #expect(refresh(harness, refreshToken).json["error"] == "invalid_grant")
    }
}
