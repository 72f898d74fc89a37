import Authorization
import SandboxSupport
import Testing

/// What resource servers see through ``TokenStore/authenticate(bearer:)``.
@Suite struct TokenStoreTests {
    private func liveToken(_ harness: OAuthHarness, scope: String = "system/Patient.read system/Observation.read")
        throws -> String
    {
        try #require(harness.serviceToken(scope: scope).json["access_token"]?.stringValue)
    }

    @Test(arguments: [nil, ""] as [String?])
    func noHeaderIsMissing(header: String?) throws {
        let harness = try OAuthHarness()
        #expect(harness.server.authenticate(bearer: header) == .missing)
    }

    @Test(arguments: ["Basic abc", "Bearer", "Bearer a b", "token-without-scheme"])
    func aHeaderThatIsNotABearerTokenIsMalformed(header: String) throws {
        let harness = try OAuthHarness()
        #expect(harness.server.authenticate(bearer: header) == .invalid(.malformed))
    }

    @Test func theSchemeIsCaseInsensitive() throws {
        let harness = try OAuthHarness()
        let token = try liveToken(harness)
        guard case .valid = harness.server.authenticate(bearer: "bearer \(token)") else {
            Issue.record("lower-case scheme refused")
            return
        }
    }

    @Test func anUnknownTokenIsInvalid() throws {
        let harness = try OAuthHarness()
        #expect(harness.server.authenticate(bearer: "Bearer made-up") == .invalid(.unknown))
    }

    @Test func aTokenExpiresAtItsLifetimeOnTheSimulatedClock() throws {
        let harness = try OAuthHarness()
        let token = try liveToken(harness)
        harness.clock.advance(byMilliseconds: 3_599_999)
        guard case .valid(let grant) = harness.server.authenticate(bearer: "Bearer \(token)") else {
            Issue.record("token expired early")
            return
        }
        #expect(grant.expiresAt == harness.clock.now + 1)
        harness.clock.advance(byMilliseconds: 1)
        #expect(harness.server.authenticate(bearer: "Bearer \(token)") == .invalid(.expired))
    }

    @Test func revokingByClientEndsEveryTokenOfThatClientOnly() throws {
        let harness = try OAuthHarness()
        let first = try liveToken(harness)
        let second = try liveToken(harness)
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let other = try #require(harness.exchange(code, verifier: pkce.verifier).json["access_token"]?.stringValue)

        #expect(harness.server.tokens.revokeAll(clientID: Seeded.serviceID) == 2)
        #expect(harness.server.authenticate(bearer: "Bearer \(first)") == .invalid(.revoked))
        #expect(harness.server.authenticate(bearer: "Bearer \(second)") == .invalid(.revoked))
        guard case .valid = harness.server.authenticate(bearer: "Bearer \(other)") else {
            Issue.record("another client's token was revoked")
            return
        }
    }

    @Test func revokingByValueEndsOneToken() throws {
        let harness = try OAuthHarness()
        let token = try liveToken(harness)
        #expect(harness.server.tokens.revoke(token: token))
        #expect(!harness.server.tokens.revoke(token: token))
        #expect(harness.server.authenticate(bearer: "Bearer \(token)") == .invalid(.revoked))
    }

    @Test func aScopeCanBeTakenOutOfLiveTokens() throws {
        let harness = try OAuthHarness()
        let token = try liveToken(harness)
        let removed = harness.server.tokens.removeScope(
            try Scope(parsing: "system/Observation.read"),
            clientID: Seeded.serviceID
        )
        #expect(removed == 1)
        guard case .valid(let grant) = harness.server.authenticate(bearer: "Bearer \(token)") else {
            Issue.record("token stopped working")
            return
        }
        #expect(grant.scopes.description == "system/Patient.read")
        let decision = AccessPolicy.decide(.read, on: "Observation", scopes: grant.scopes, context: grant.context)
        #expect(!decision.isAllowed)
    }

    @Test func aGrantFeedsTheAccessPolicy() throws {
        let harness = try OAuthHarness()
        let token = try liveToken(harness)
        guard case .valid(let grant) = harness.server.authenticate(bearer: "Bearer \(token)") else {
            Issue.record("token refused")
            return
        }
        #expect(AccessPolicy.decide(.search, on: "Patient", scopes: grant.scopes, context: grant.context).isAllowed)
        #expect(!AccessPolicy.decide(.create, on: "Patient", scopes: grant.scopes, context: grant.context).isAllowed)
        #expect(grant.context.clientID == Seeded.serviceID)
    }
}
