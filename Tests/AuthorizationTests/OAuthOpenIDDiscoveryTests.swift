import Authorization
import SandboxCrypto
import SandboxHTTP
import SandboxSupport
import Testing

/// The OpenID Connect discovery document and the patient banner flag.
@Suite struct OAuthOpenIDDiscoveryTests {
    @Test func theIssuerPublishesAnOpenIDConfiguration() throws {
        let harness = try OAuthHarness()
        let response = harness.get("/oauth2/v1/.well-known/openid-configuration")
        #expect(response.status == 200)
        let document = response.json
        let issuer = OAuthHarness.base + "/oauth2/v1"
        #expect(document["issuer"] == .string(issuer))
        #expect(document["authorization_endpoint"] == .string(issuer + "/authorize"))
        #expect(document["token_endpoint"] == .string(issuer + "/token"))
        #expect(document["jwks_uri"] == .string(issuer + "/keys"))
        #expect(document["userinfo_endpoint"] == nil)
        #expect(document["response_types_supported"] == ["code"])
        #expect(document["subject_types_supported"] == ["public"])
        #expect(document["id_token_signing_alg_values_supported"] == ["RS256"])
        #expect(document["code_challenge_methods_supported"] == ["S256"])
        let scopes = document["scopes_supported"]?.arrayValue ?? []
        #expect(scopes.contains("openid") && scopes.contains("fhirUser"))
        let claims = document["claims_supported"]?.arrayValue ?? []
        for claim in ["iss", "sub", "aud", "exp", "iat", "fhirUser", "nonce"] {
            #expect(claims.contains(.string(claim)), "\(claim)")
        }
    }

    @Test func theIDTokensIssuerIsTheDiscoveredIssuer() throws {
        let harness = try OAuthHarness()
        let headers: HTTPHeaders = ["X-Forwarded-Proto": "https", "X-Forwarded-Host": "gw.example"]
        let discovered = harness.get("/oauth2/v1/.well-known/openid-configuration", headers: headers).json
        #expect(discovered["issuer"] == "https://gw.example/oauth2/v1")

        let pkce = PKCEPair()
        let code = try harness.authorizeCode(scope: "openid fhirUser user/Patient.read", pkce: pkce)
        let idToken = try JWS.parse(
            compact: try #require(harness.exchange(code, verifier: pkce.verifier).json["id_token"]?.stringValue)
        )
        #expect(idToken.claims?["iss"] == .string(OAuthHarness.base + "/oauth2/v1"))
    }

    @Test func aTokenWithALaunchPatientAsksForTheBanner() throws {
        let harness = try OAuthHarness()
        let launch = harness.sendJSON(
            "POST",
            "/_sandbox/launches",
            .object(["patient": "a-195900.E-1002", "user": "provider1"])
        )
        let launchID = try #require(launch.json["launch"]?.stringValue)
        let pkce = PKCEPair()
        let query = harness.authorizeQuery(
            scope: "launch openid patient/*.rs",
            pkce: pkce,
            extra: [("launch", launchID)]
        )
        let code = try #require(try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))["code"])
        let body = harness.exchange(code, verifier: pkce.verifier).json
        #expect(body["patient"] == "a-195900.E-1002")
        #expect(body["need_patient_banner"] == true)
    }

    @Test func aTokenWithoutAPatientHasNoBannerFlag() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(scope: "openid user/Patient.read", pkce: pkce)
        let body = harness.exchange(code, verifier: pkce.verifier).json
        #expect(body["access_token"]?.stringValue != nil)
        #expect(body["need_patient_banner"] == nil)
        #expect(harness.serviceToken(scope: "system/Patient.read").json["need_patient_banner"] == nil)
    }
}
