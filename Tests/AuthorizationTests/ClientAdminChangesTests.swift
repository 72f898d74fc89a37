import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// What changing a client through the admin API does to what was already issued.
@Suite struct ClientAdminChangesTests {
    /// The client's current registration with `changes` applied, sent as a `PUT`.
    private func replace(_ harness: OAuthHarness, _ id: String, _ changes: [String: JSONValue]) -> HTTPResponse {
        var json = harness.get("/_sandbox/clients/\(id)").json
        for (name, value) in changes { json.set(name, value) }
        return harness.sendJSON("PUT", "/_sandbox/clients/\(id)", json)
    }

    /// Signs in to the provider app with `offline_access`, returning the token response body.
    private func signIn(_ harness: OAuthHarness) throws -> JSONValue {
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(
            scope: "offline_access user/Patient.read user/Observation.read",
            pkce: pkce
        )
        let response = harness.exchange(code, verifier: pkce.verifier)
        try #require(response.status == 200)
        return response.json
    }

    @Test func narrowingAServiceClientsScopesRevokesItsTokens() throws {
        let harness = try OAuthHarness()
        let token = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        #expect(replace(harness, Seeded.serviceID, ["scope": "system/Observation.read"]).status == 200)
        #expect(harness.server.authenticate(bearer: "Bearer \(token)") == .invalid(.revoked))
    }

    @Test func rotatingTheSecretRevokesTheTokensIssuedWithTheOldOne() throws {
        let harness = try OAuthHarness()
        let token = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        #expect(replace(harness, Seeded.serviceID, ["client_secret": "a-brand-new-secret-value"]).status == 200)
        #expect(harness.server.authenticate(bearer: "Bearer \(token)") == .invalid(.revoked))
        #expect(harness.serviceToken(scope: "system/Patient.read").json["error"] == "invalid_client")
    }

    @Test func changingAnAppRevokesItsAccessAndRefreshTokens() throws {
        let harness = try OAuthHarness()
        let body = try signIn(harness)
        let access = try #require(body["access_token"]?.stringValue)
        let refresh = try #require(body["refresh_token"]?.stringValue)

        let changed = replace(harness, Seeded.providerAppID, ["scope": "offline_access user/Patient.read"])
        #expect(changed.status == 200)
        #expect(harness.server.authenticate(bearer: "Bearer \(access)") == .invalid(.revoked))
        let refreshed = harness.token([
            ("grant_type", "refresh_token"), ("refresh_token", refresh), ("client_id", Seeded.providerAppID),
        ])
        #expect(refreshed.status == 400)
        #expect(refreshed.json["error"] == "invalid_grant")
    }

    @Test func changingAnAppVoidsItsPendingCodes() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        #expect(replace(harness, Seeded.providerAppID, ["client_name": "Renamed app"]).status == 200)
        let exchanged = harness.exchange(code, verifier: pkce.verifier)
        #expect(exchanged.status == 400)
        #expect(exchanged.json["error"] == "invalid_grant")
    }

    @Test func anotherClientsTokensAreLeftAlone() throws {
        let harness = try OAuthHarness()
        let access = try #require(try signIn(harness)["access_token"]?.stringValue)
        #expect(replace(harness, Seeded.serviceID, ["client_name": "Renamed"]).status == 200)
        guard case .valid = harness.server.authenticate(bearer: "Bearer \(access)") else {
            Issue.record("a change to another client revoked this token")
            return
        }
    }

    @Test func aCreatedClientsAnswerSaysWhereItLives() throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON(
            "POST",
            "/_sandbox/clients",
            .object(["kind": "service", "scope": "system/Patient.read"])
        )
        #expect(response.status == 201)
        let id = try #require(response.json["client_id"]?.stringValue)
        #expect(response.headers["Location"] == "/_sandbox/clients/\(id)")
        #expect(harness.get("/_sandbox/clients/\(id)").status == 200)
    }
}
