import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct OAuthClientCredentialsTests {
    @Test func basicAuthenticationIssuesABearerTokenForTheRequestedScopes() throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Patient.read system/Observation.rs")

        #expect(response.status == 200)
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(response.headers["Pragma"] == "no-cache")
        let body = response.json
        #expect(body["token_type"] == "Bearer")
        #expect(body["expires_in"] == 3600)
        #expect(body["scope"] == "system/Patient.read system/Observation.rs")
        #expect(body["refresh_token"] == nil)
        let token = try #require(body["access_token"]?.stringValue)
        guard case .valid(let grant) = harness.server.authenticate(bearer: "Bearer " + token) else {
            Issue.record("the issued token does not authenticate")
            return
        }
        #expect(grant.clientID == Seeded.serviceID)
        #expect(grant.scopes.description == "system/Patient.read system/Observation.rs")
        #expect(grant.patientID == nil)
    }

    @Test func clientSecretPostIsAccepted() throws {
        let harness = try OAuthHarness()
        let response = harness.token([
            ("grant_type", "client_credentials"), ("scope", "athena/service/Athenanet.MDP.*"),
            ("client_id", Seeded.serviceID), ("client_secret", Seeded.serviceSecret),
        ])
        #expect(response.status == 200)
        #expect(response.json["scope"] == "athena/service/Athenanet.MDP.*")
    }

    @Test func wrongSecretWithBasicIsRefusedWithABasicChallenge() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [("grant_type", "client_credentials"), ("scope", "system/Patient.read")],
            basic: (Seeded.serviceID, "not-the-secret")
        )
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
        #expect(response.headers["WWW-Authenticate"]?.hasPrefix("Basic") == true)
        #expect(response.headers["Cache-Control"] == "no-store")
    }

    @Test func wrongSecretInTheBodyIsRefusedWithoutABasicChallenge() throws {
        let harness = try OAuthHarness()
        let response = harness.token([
            ("grant_type", "client_credentials"), ("scope", "system/Patient.read"),
            ("client_id", Seeded.serviceID), ("client_secret", "not-the-secret"),
        ])
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
        #expect(response.headers["WWW-Authenticate"] == nil)
    }

    @Test func unknownClientIsInvalidClient() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [("grant_type", "client_credentials"), ("scope", "system/Patient.read")],
            basic: ("0oaNoSuchClient000000", "x")
        )
        #expect(response.status == 401)
        #expect(response.json["error"] == "invalid_client")
    }

    @Test func twoAuthenticationMethodsAtOnceAreAnInvalidRequest() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [("grant_type", "client_credentials"), ("scope", "system/Patient.read"), ("client_secret", "x")],
            basic: (Seeded.serviceID, Seeded.serviceSecret)
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }

    @Test func missingScopeGetsAthenasAccessDeniedShape() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [("grant_type", "client_credentials")],
            basic: (Seeded.serviceID, Seeded.serviceSecret)
        )
        #expect(response.status == 401)
        let members = try #require(response.json.members)
        #expect(members.map(\.key).sorted() == ["detailedmessage", "error"])
        #expect(response.json["error"] == "access_denied")
        #expect(response.json["detailedmessage"]?.stringValue?.isEmpty == false)
    }

    @Test func malformedScopeIsInvalidScope() throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Patient.read system/Patient.xyz")
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_scope")
        #expect(response.json["error_description"]?.stringValue?.contains("system/Patient.xyz") == true)
    }

    @Test func scopeOutsideTheRegistrationIsInvalidScope() throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Patient.read user/Patient.read")
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_scope")
        #expect(response.json["error_description"]?.stringValue?.contains("user/Patient.read") == true)
    }

    @Test func partlyRegisteredScopeIsNarrowedAndTheResponseSaysSo() throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Patient.* system/QuestionnaireResponse.cruds")
        #expect(response.status == 200)
        let granted = ScopeSet.parse(response.json["scope"]?.stringValue ?? "").scopes
        #expect(
            granted
                == ScopeSet.parse("system/Patient.read system/QuestionnaireResponse.rs system/QuestionnaireResponse.c")
                .scopes
        )
    }

    @Test func offlineAccessIsNeverGrantedToAServiceClient() throws {
        let harness = try OAuthHarness()
        try harness.server.clients.update(
            ClientRegistration(
                id: Seeded.serviceID,
                name: "service",
                kind: .service,
                authentication: .secret(Seeded.serviceSecret),
                scopes: ScopeSet.parse("system/*.read offline_access").scopes
            )
        )
        let response = harness.serviceToken(scope: "system/Patient.read offline_access")
        #expect(response.status == 200)
        #expect(response.json["scope"] == "system/Patient.read")
        #expect(response.json["refresh_token"] == nil)
    }

    @Test func aThreeLeggedAppCannotUseClientCredentials() throws {
        let harness = try OAuthHarness()
        let response = harness.token([
            ("grant_type", "client_credentials"), ("scope", "user/Patient.read"), ("client_id", Seeded.providerAppID),
        ])
        #expect(response.status == 400)
        #expect(response.json["error"] == "unauthorized_client")
    }

    @Test func aBodyThatIsNotFormEncodedIsAnInvalidRequest() throws {
        let harness = try OAuthHarness()
        let json: JSONValue = .object(["grant_type": "client_credentials", "scope": "system/Patient.read"])
        let request = HTTPRequest(
            method: "POST",
            target: "/oauth2/v1/token",
            headers: [
                "Content-Type": "application/json",
                "Authorization": OAuthHarness.basic(Seeded.serviceID, Seeded.serviceSecret),
            ],
            body: json.encodedBytes()
        )
        let response = harness.send(request)
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }

    @Test func unknownGrantTypeIsUnsupported() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [("grant_type", "password"), ("scope", "system/Patient.read")],
            basic: (Seeded.serviceID, Seeded.serviceSecret)
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "unsupported_grant_type")
    }

    @Test func repeatedParameterIsAnInvalidRequest() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [
                ("grant_type", "client_credentials"), ("scope", "system/Patient.read"),
                ("scope", "system/Observation.read"),
            ],
            basic: (Seeded.serviceID, Seeded.serviceSecret)
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }

    @Test func tokensAreUnpredictableAcrossRunsWithTheSameClock() throws {
        let first = try OAuthHarness().serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue
        let second = try OAuthHarness().serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue
        let firstToken = try #require(first)
        #expect(firstToken.utf8.count >= 43)
        #expect(first != second)
    }
}
