import Authorization
import SandboxCrypto
import SandboxHTTP
import SandboxSupport
import Testing

/// PKCE at the authorize and token endpoints, and its advertisement in discovery.
@Suite struct OAuthPKCETests {
    @Test func discoveryAdvertisesS256() throws {
        let harness = try OAuthHarness()
        let document = harness.get("/fhir/r4/.well-known/smart-configuration").json
        #expect(document["code_challenge_methods_supported"] == ["S256"])
        #expect(document["authorization_endpoint"] == .string(OAuthHarness.base + "/oauth2/v1/authorize"))
        #expect(document["token_endpoint"] == .string(OAuthHarness.tokenURL))
        #expect(document["grant_types_supported"]?.arrayValue?.contains("authorization_code") == true)
        #expect(document["capabilities"]?.arrayValue?.contains("client-public") == true)
    }

    @Test func athenaFidelityLeavesThePKCEFieldOutButStillEnforcesIt() throws {
        let harness = try OAuthHarness(OAuthServer.Configuration(omitPKCEFromDiscovery: true))
        let document = harness.get("/fhir/r4/.well-known/smart-configuration").json
        #expect(document["code_challenge_methods_supported"] == nil)
        #expect(document["token_endpoint"] != nil)

        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        #expect(harness.exchange(code, verifier: nil).json["error"] == "invalid_grant")
    }

    @Test func theCorrectVerifierGetsTokens() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let response = harness.exchange(code, verifier: pkce.verifier)
        #expect(response.status == 200)
        #expect(response.json["access_token"]?.stringValue != nil)
    }

    @Test(arguments: [
        ("missing", nil as String?),
        ("wrong", "a-wrong-but-well-formed-verifier-of-sufficient-length-000"),
        ("plus and slash", "abc+def/ghi+jkl/mno+pqr/stu+vwx/yz0+123/456+789"),
        ("too short", "short-verifier-123"),
    ])
    func aMissingWrongOrMalformedVerifierIsInvalidGrant(label: String, verifier: String?) throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        let response = harness.exchange(code, verifier: verifier)
        #expect(response.status == 400, "\(label)")
        #expect(response.json["error"] == "invalid_grant", "\(label)")
    }

    @Test func aFailedVerifierDoesNotUseTheCodeUp() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        #expect(harness.exchange(code, verifier: PKCEPair().verifier).status == 400)
        #expect(harness.exchange(code, verifier: pkce.verifier).status == 200)
    }

    @Test func plainChallengeMethodRedirectsWithInvalidRequestAndTheOriginalState() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), replacing: ["code_challenge_method": "plain"])
        let response = harness.get("/oauth2/v1/authorize?" + query)
        #expect(response.status == 302)
        let redirect = try Redirect.of(response)
        #expect(redirect.base == Seeded.redirect)
        #expect(redirect["error"] == "invalid_request")
        #expect(redirect["state"] == "st-42")
        #expect(redirect["code"] == nil)
    }

    @Test func missingChallengeRedirectsWithInvalidRequest() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(
            pkce: PKCEPair(),
            replacing: ["code_challenge": "", "code_challenge_method": ""]
        )
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_request")
    }
}
