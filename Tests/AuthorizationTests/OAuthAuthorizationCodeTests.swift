import Authorization
import SandboxCrypto
import SandboxHTTP
import SandboxSupport
import Testing

/// The authorization-code exchange: codes, launch context and id tokens.
@Suite struct OAuthAuthorizationCodeTests {
    @Test func aProviderAppGetsTokensAnIDTokenAndTheChosenPatient() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(
            scope: "launch/patient openid fhirUser offline_access patient/Patient.read",
            hint: "provider1:a-195900.E-1002",
            pkce: pkce,
            extra: [("nonce", "n-0S6_WzA2Mj")]
        )
        let response = harness.exchange(code, verifier: pkce.verifier)

        #expect(response.status == 200)
        let body = response.json
        #expect(body["patient"] == "a-195900.E-1002")
        #expect(body["encounter"] == nil)
        #expect(body["refresh_token"]?.stringValue != nil)
        #expect(body["scope"] == "launch/patient openid fhirUser offline_access patient/Patient.read")

        let idToken = try JWS.parse(compact: try #require(body["id_token"]?.stringValue))
        let keys = try JSONWebKeySet(json: harness.get("/oauth2/v1/keys").json)
        let key = try #require(keys.key(for: idToken))
        #expect(idToken.algorithm == .rs256)
        #expect(idToken.verify(with: key.publicKey))
        let claims = try #require(idToken.claims)
        #expect(claims["iss"] == .string(OAuthHarness.base + "/oauth2/v1"))
        #expect(claims["sub"] == "provider1")
        #expect(claims["aud"] == .string(Seeded.providerAppID))
        #expect(claims["fhirUser"] == .string(OAuthHarness.fhirBase + "/Practitioner/a-195900.Provider-1"))
        #expect(claims["nonce"] == "n-0S6_WzA2Mj")
        #expect(claims["iat"]?.intValue == Int(harness.clock.now / 1000))
        #expect(claims["exp"]?.intValue == Int(harness.clock.now / 1000) + 3600)
    }

    @Test func aPatientAppIsAlwaysInItsOwnPatientsContext() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(
            client: Seeded.patientAppID,
            scope: "openid fhirUser patient/Observation.rs",
            hint: "patient1003",
            pkce: pkce
        )
        let body = harness.exchange(code, client: Seeded.patientAppID, verifier: pkce.verifier).json
        #expect(body["patient"] == "a-195900.E-1003")
        let token = try #require(body["access_token"]?.stringValue)
        guard case .valid(let grant) = harness.server.authenticate(bearer: "Bearer \(token)") else {
            Issue.record("token does not authenticate")
            return
        }
        #expect(grant.context.patientID == "a-195900.E-1003")
        #expect(grant.context.userID == "Patient/a-195900.E-1003")
    }

    @Test func aSecondExchangeOfACodeFailsAndRevokesTheFirstTokens() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let first = harness.exchange(code, verifier: pkce.verifier).json
        let accessToken = try #require(first["access_token"]?.stringValue)
        let refreshToken = try #require(first["refresh_token"]?.stringValue)
        #expect(harness.server.authenticate(bearer: "Bearer \(accessToken)") != .invalid(.revoked))

        let second = harness.exchange(code, verifier: pkce.verifier)
        #expect(second.status == 400)
        #expect(second.json["error"] == "invalid_grant")
        #expect(harness.server.authenticate(bearer: "Bearer \(accessToken)") == .invalid(.revoked))
        let refresh = harness.token([
            ("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", Seeded.providerAppID),
        ])
        #expect(refresh.json["error"] == "invalid_grant")
    }

    @Test func anAuthorizationCodeSentAsABearerTokenIsInvalid() throws {
        let harness = try OAuthHarness()
        let code = try harness.authorizeCode(pkce: PKCEPair())
        #expect(harness.server.authenticate(bearer: "Bearer \(code)") == .invalid(.unknown))
    }

    @Test func aCodeExpiresAfterSixtySecondsOfSimulatedTime() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        harness.clock.advance(byMilliseconds: 61_000)
        let response = harness.exchange(code, verifier: pkce.verifier)
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_grant")
    }

    @Test func theRedirectURIMustRepeatTheOneSentToAuthorize() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let response = harness.exchange(code, verifier: pkce.verifier, redirect: "http://localhost/callback")
        #expect(response.json["error"] == "invalid_grant")
    }

    @Test func aCodeCannotBeRedeemedByAnotherClient() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let response = harness.exchange(code, client: Seeded.patientAppID, verifier: pkce.verifier)
        #expect(response.json["error"] == "invalid_grant")
    }

    @Test func aServiceClientCannotRedeemCodes() throws {
        let harness = try OAuthHarness()
        let response = harness.token(
            [("grant_type", "authorization_code"), ("code", "x"), ("redirect_uri", Seeded.redirect)],
            basic: (Seeded.serviceID, Seeded.serviceSecret)
        )
        #expect(response.json["error"] == "unauthorized_client")
    }

    /// A client whose policy allows only reads, and not Schedule or Slot, gets 200 with exactly
    /// the granted scopes listed.
    @Test func theResponseListsExactlyTheScopesGrantedUnderTheGrantLimit() throws {
        let harness = try OAuthHarness()
        var app = try #require(harness.server.clients.client(id: Seeded.providerAppID))
        app.scopes = ScopeSet.parse("openid fhirUser offline_access user/*.*").scopes
        app.grantLimit = ScopeSet.parse("openid fhirUser offline_access user/Patient.read user/Appointment.read").scopes
        try harness.server.clients.update(app)

        let pkce = PKCEPair()
        let requested =
            "openid fhirUser offline_access user/Patient.read user/Appointment.read "
            + "user/Appointment.create user/Schedule.read user/Slot.read"
        let code = try harness.authorizeCode(scope: requested, pkce: pkce)
        let response = harness.exchange(code, verifier: pkce.verifier)

        #expect(response.status == 200)
        let granted = ScopeSet.parse(try #require(response.json["scope"]?.stringValue))
        #expect(granted.malformed.isEmpty)
        #expect(
            granted.scopes
                == ScopeSet.parse("openid fhirUser offline_access user/Patient.read user/Appointment.read").scopes
        )
    }

    @Test func anEHRLaunchContextCarriesItsPatientAndEncounterIntoTheTokenResponse() throws {
        let harness = try OAuthHarness()
        let created = harness.sendJSON(
            "POST",
            "/_sandbox/launches",
            .object(["patient": "a-195900.E-1001", "encounter": "a-195900.ENC-7", "user": "provider2"])
        )
        #expect(created.status == 201)
        let launch = try #require(created.json["launch"]?.stringValue)

        let pkce = PKCEPair()
        let query = harness.authorizeQuery(
            scope: "launch openid fhirUser user/Patient.read",
            pkce: pkce,
            extra: [("launch", launch)]
        )
        let location = try #require(harness.get("/oauth2/v1/authorize?" + query).headers["Location"])
        let code = try #require(Redirect(location)["code"])
        let body = harness.exchange(code, verifier: pkce.verifier).json
        #expect(body["patient"] == "a-195900.E-1001")
        #expect(body["encounter"] == "a-195900.ENC-7")
    }

    @Test func aLaunchForAnUnknownPatientIsRefused() throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON("POST", "/_sandbox/launches", .object(["patient": "a-195900.E-9999"]))
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }
}
