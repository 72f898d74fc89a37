import Authorization
import Foundation
import SandboxHTTP
import SandboxSupport
import Testing

/// Malformed, repeated and edge-case parameters at the authorize and token endpoints.
@Suite struct OAuthRequestHygieneTests {
    private func rawTokenRequest(_ harness: OAuthHarness, body: String, headers: HTTPHeaders) -> HTTPResponse {
        var headers = headers
        headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        return harness.send(
            HTTPRequest(method: "POST", target: "/oauth2/v1/token", headers: headers, body: Array(body.utf8))
        )
    }

    @Test func anEmptyStateComesBackEmpty() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), replacing: ["state": "X"])
            .replacingOccurrences(of: "state=X", with: "state=")
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query + "&login_hint=provider1"))
        #expect(redirect["code"] != nil)
        #expect(redirect.raw("state") == "")
    }

    @Test func promptNoneWithoutAWayToSignInRedirectsWithLoginRequired() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), extra: [("prompt", "none")])
        let response = harness.get("/oauth2/v1/authorize?" + query)
        #expect(response.status == 302)
        let redirect = try Redirect.of(response)
        #expect(redirect["error"] == "login_required")
        #expect(redirect["state"] == "st-42")
        #expect(redirect["code"] == nil)
    }

    @Test func promptNoneWithAHintStillApproves() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), extra: [("prompt", "none"), ("login_hint", "provider1")])
        #expect(try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))["code"] != nil)
    }

    @Test func aRepeatedParameterAtTheAuthorizeEndpointIsAnInvalidRequest() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), extra: [("login_hint", "provider1")]) + "&scope"
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_request")
        #expect(redirect["code"] == nil)
    }

    @Test(arguments: ["&scope", "&scope=", "&scope=system/Patient.read", "&grant_type=client_credentials"])
    func aRepeatedParameterAtTheTokenEndpointIsAnInvalidRequest(_ repeated: String) throws {
        let harness = try OAuthHarness()
        let response = rawTokenRequest(
            harness,
            body: "grant_type=client_credentials&scope=system/Patient.read" + repeated,
            headers: ["Authorization": OAuthHarness.basic(Seeded.serviceID, Seeded.serviceSecret)]
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }

    @Test func twoAuthorizationHeadersAreRefused() throws {
        let harness = try OAuthHarness()
        var headers: HTTPHeaders = ["Authorization": OAuthHarness.basic(Seeded.serviceID, Seeded.serviceSecret)]
        headers.add(name: "Authorization", value: OAuthHarness.basic(Seeded.serviceID, "another-secret"))
        let response = rawTokenRequest(
            harness,
            body: "grant_type=client_credentials&scope=system/Patient.read",
            headers: headers
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }

    @Test func aRateLimitedClientStillHearsWhatIsWrongWithItsRequest() throws {
        let harness = try OAuthHarness()
        for _ in 0..<5 { #expect(harness.serviceToken(scope: "system/Patient.read").status == 200) }
        #expect(harness.serviceToken(scope: "system/Patient.read").status == 429)

        let service = (Seeded.serviceID, Seeded.serviceSecret)
        let unknownGrant = harness.token([("grant_type", "foo"), ("scope", "system/Patient.read")], basic: service)
        #expect(unknownGrant.status == 400)
        #expect(unknownGrant.json["error"] == "unsupported_grant_type")
        let badSecret = harness.token(
            [("grant_type", "client_credentials"), ("scope", "system/Patient.read")],
            basic: (Seeded.serviceID, "wrong")
        )
        #expect(badSecret.status == 401)
        let badScope = harness.serviceToken(scope: "system/Patient.bogus")
        #expect(badScope.status == 400)
        #expect(badScope.json["error"] == "invalid_scope")
    }

    @Test func aRateLimitedAppKeepsItsCode() throws {
        let harness = try OAuthHarness()
        harness.clock.set(to: SimulatedClock.defaultStart + 50_000)
        let pkce = PKCEPair()
        let code = try harness.authorizeCode(scope: "user/Patient.read", pkce: pkce)
        for _ in 0..<5 {
            let other = PKCEPair()
            let spare = try harness.authorizeCode(scope: "user/Patient.read", pkce: other)
            #expect(harness.exchange(spare, verifier: other.verifier).status == 200)
        }
        let missingCode = harness.token([("grant_type", "authorization_code"), ("client_id", Seeded.providerAppID)])
        #expect(missingCode.status == 400)
        #expect(missingCode.json["error"] == "invalid_request")
        #expect(harness.exchange(code, verifier: pkce.verifier).status == 429)
        harness.clock.advance(byMilliseconds: 15_000)
        #expect(harness.exchange(code, verifier: pkce.verifier).status == 200)
    }
}
