import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// Token introspection and revocation.
@Suite struct OAuthIntrospectionTests {
    private let service = (id: Seeded.serviceID, secret: Seeded.serviceSecret)

    private func introspect(_ harness: OAuthHarness, _ token: String) -> JSONValue {
        harness.postForm(
            "/oauth2/v1/introspect",
            [("token", token)],
            headers: ["Authorization": OAuthHarness.basic(service.id, service.secret)]
        ).json
    }

    @Test func aLiveAccessTokenIsActiveWithItsGrant() throws {
        let harness = try OAuthHarness()
        let token = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        let body = introspect(harness, token)
        #expect(body["active"] == true)
        #expect(body["scope"] == "system/Patient.read")
        #expect(body["client_id"] == .string(Seeded.serviceID))
        #expect(body["token_type"] == "Bearer")
        let issuedAt = Int(harness.clock.now / 1000)
        #expect(body["iat"]?.intValue == issuedAt)
        #expect(body["exp"]?.intValue == issuedAt + 3600)
    }

    @Test func introspectionAlsoAnswersAGetWithQueryParameters() throws {
        let harness = try OAuthHarness()
        let token = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        let response = harness.get(
            "/oauth2/v1/introspect?token=\(token)&token_type_hint=access_token",
            headers: ["Authorization": OAuthHarness.basic(service.id, service.secret)]
        )
        #expect(response.status == 200)
        #expect(response.json["active"] == true)
    }

    @Test func aThreeLeggedTokenReportsItsUserAndPatient() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(
            client: Seeded.patientAppID,
            scope: "patient/*.rs",
            hint: "patient1001",
            pkce: pkce
        )
        let token = try #require(
            harness.exchange(code, client: Seeded.patientAppID, verifier: pkce.verifier).json["access_token"]?
                .stringValue
        )
        let body = harness.postForm(
            "/oauth2/v1/introspect",
            [("token", token), ("client_id", Seeded.patientAppID)]
        ).json
        #expect(body["active"] == true)
        #expect(body["sub"] == "patient1001")
        #expect(body["patient"] == "a-195900.E-1001")
    }

    @Test func aClientCannotIntrospectAnotherClientsToken() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(
            client: Seeded.patientAppID,
            scope: "patient/*.rs",
            hint: "patient1001",
            pkce: pkce
        )
        let appToken = try #require(
            harness.exchange(code, client: Seeded.patientAppID, verifier: pkce.verifier).json["access_token"]?
                .stringValue
        )
        let serviceToken = try #require(
            harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue
        )

        #expect(introspect(harness, appToken) == .object(["active": false]))
        let byPublicApp = harness.postForm(
            "/oauth2/v1/introspect",
            [("token", serviceToken), ("client_id", Seeded.providerAppID)]
        )
        #expect(byPublicApp.status == 200)
        #expect(byPublicApp.json == .object(["active": false]))
    }

    @Test func expiredUnknownAndRevokedTokensAreInactive() throws {
        let harness = try OAuthHarness()
        let first = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        let second = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        #expect(introspect(harness, "no-such-token") == .object(["active": false]))

        let revoked = harness.postForm(
            "/oauth2/v1/revoke",
            [("token", first), ("token_type_hint", "access_token")],
            headers: ["Authorization": OAuthHarness.basic(service.id, service.secret)]
        )
        #expect(revoked.status == 200)
        #expect(introspect(harness, first) == .object(["active": false]))
        #expect(harness.server.authenticate(bearer: "Bearer \(first)") == .invalid(.revoked))

        harness.clock.advance(byMilliseconds: 3_600_000)
        #expect(introspect(harness, second) == .object(["active": false]))
    }

    @Test func introspectionNeedsClientAuthentication() throws {
        let harness = try OAuthHarness()
        let response = harness.postForm("/oauth2/v1/introspect", [("token", "x")])
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
    }

    @Test func revokingAnUnknownTokenStillAnswers200() throws {
        let harness = try OAuthHarness()
        let response = harness.postForm(
            "/oauth2/v1/revoke",
            [("token", "never-issued")],
            headers: ["Authorization": OAuthHarness.basic(service.id, service.secret)]
        )
        #expect(response.status == 200)
    }

    @Test func aClientCannotRevokeAnotherClientsToken() throws {
        let harness = try OAuthHarness()
        let token = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        let response = harness.postForm("/oauth2/v1/revoke", [("token", token), ("client_id", Seeded.providerAppID)])
        #expect(response.status == 200)
        #expect(harness.server.authenticate(bearer: "Bearer \(token)") != .invalid(.revoked))
    }

    @Test func revokingARefreshTokenEndsItsAccessTokensToo() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let body = harness.exchange(code, verifier: pkce.verifier).json
        let access = try #require(body["access_token"]?.stringValue)
        let refresh = try #require(body["refresh_token"]?.stringValue)

        let response = harness.postForm("/oauth2/v1/revoke", [("token", refresh), ("client_id", Seeded.providerAppID)])
        #expect(response.status == 200)
        #expect(harness.server.authenticate(bearer: "Bearer \(access)") == .invalid(.revoked))
    }

    @Test func revokeNeedsTheTokenParameter() throws {
        let harness = try OAuthHarness()
        let response = harness.postForm(
            "/oauth2/v1/revoke",
            [],
            headers: ["Authorization": OAuthHarness.basic(service.id, service.secret)]
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }
}
