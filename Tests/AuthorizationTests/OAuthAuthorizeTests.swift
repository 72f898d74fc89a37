import Authorization
import Foundation
import SandboxHTTP
import SandboxSupport
import Testing

/// The authorize endpoint: client and redirect checks, state, the consent page and its session.
@Suite struct OAuthAuthorizeTests {
    @Test func anUnregisteredRedirectURIGetsAnErrorPageAndNoRedirect() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), replacing: ["redirect_uri": "https://app.example/other"])
        let response = harness.get("/oauth2/v1/authorize?" + query)
        #expect(response.status == 400)
        #expect(response.headers["Location"] == nil)
        #expect(response.headers["Content-Type"]?.hasPrefix("text/html") == true)
        #expect(response.text.contains("redirect_uri is not registered"))
    }

    @Test func anUnknownClientGetsAnErrorPageAndNoRedirect() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(client: "app-1", pkce: PKCEPair())
        let response = harness.get("/oauth2/v1/authorize?" + query)
        #expect(response.status == 400)
        #expect(response.headers["Location"] == nil)
    }

    @Test func aLoopbackRedirectOnAnyPortMatchesOneRegisteredWithout() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(
            pkce: PKCEPair(),
            replacing: ["redirect_uri": "http://127.0.0.1:53117/callback"]
        )
        let response = harness.get("/oauth2/v1/authorize?" + query + "&login_hint=provider1")
        #expect(response.status == 302)
        #expect(response.headers["Location"]?.hasPrefix("http://127.0.0.1:53117/callback?code=") == true)
    }

    @Test func stateComesBackByteForByte() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), replacing: ["state": "X"])
            .replacingOccurrences(of: "state=X", with: "state=a%2Bb%20c")
        let response = harness.get("/oauth2/v1/authorize?" + query + "&login_hint=provider1")
        let redirect = try Redirect.of(response)
        #expect(redirect.raw("state") == "a%2Bb%20c")
        #expect(redirect["state"] == "a+b c")
        #expect(redirect["code"] != nil)
    }

    @Test func stateComesBackByteForByteOnAnErrorRedirect() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(
            pkce: PKCEPair(),
            replacing: ["state": "X", "aud": "https://elsewhere.example/fhir"]
        )
        .replacingOccurrences(of: "state=X", with: "state=%7Eraw%2fLower")
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_request")
        #expect(redirect.raw("state") == "%7Eraw%2fLower")
    }

    @Test func theAudienceMustBeTheFHIRBaseTheClientReached() throws {
        let harness = try OAuthHarness()
        let wrong = harness.authorizeQuery(
            pkce: PKCEPair(),
            replacing: ["aud": "https://api.preview.platform.athenahealth.com/fhir/r4"]
        )
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + wrong))
        #expect(redirect["error"] == "invalid_request")

        let forwarded = harness.authorizeQuery(
            pkce: PKCEPair(),
            replacing: ["aud": "https://proxy.example/sbx/fhir/r4"]
        )
        let headers: HTTPHeaders = [
            "X-Forwarded-Proto": "https", "X-Forwarded-Host": "proxy.example", "X-Forwarded-Prefix": "/sbx",
        ]
        let response = harness.get("/oauth2/v1/authorize?" + forwarded + "&login_hint=provider1", headers: headers)
        #expect(try Redirect.of(response)["code"] != nil)
    }

    @Test func aMalformedScopeRedirectsWithInvalidScope() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), replacing: ["scope": "user/Patient.rc openid"])
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_scope")
        #expect(redirect["state"] == "st-42")
    }

    @Test func aResponseTypeOtherThanCodeIsUnsupported() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair(), replacing: ["response_type": "token"])
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "unsupported_response_type")
    }

    @Test func authorizeAcceptsAFormPost() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let body = harness.authorizeQuery(pkce: pkce) + "&login_hint=provider1"
        let request = HTTPRequest(
            method: "POST",
            target: "/oauth2/v1/authorize",
            headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array(body.utf8)
        )
        let code = try #require(try Redirect.of(harness.send(request))["code"])
        #expect(harness.exchange(code, verifier: pkce.verifier).status == 200)
    }

    @Test func withoutAHintTheConsentPageIsShownWithItsSecurityHeaders() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(scope: "launch/patient openid fhirUser patient/*.read", pkce: PKCEPair())
        let response = harness.get("/oauth2/v1/authorize?" + query)
        #expect(response.status == 200)
        #expect(response.headers["X-Frame-Options"] == "DENY")
        #expect(
            response.headers["Content-Security-Policy"]
                == "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
        )
        #expect(response.headers["Cache-Control"] == "no-store")
        let page = response.text
        #expect(page.contains("Sandbox provider app (3-legged)"))
        #expect(page.contains("launch/patient"))
        #expect(page.contains("value=\"provider1\""))
        #expect(page.contains("value=\"a-195900.E-1002\""))
        #expect(!page.contains("value=\"patient1001\""))
    }

    @Test func approvingOnTheConsentPageRedirectsWithACode() throws {
        let harness = try OAuthHarness()
        let pkce = PKCEPair()
        let page = try ConsentForm(
            harness.get(
                "/oauth2/v1/authorize?" + harness.authorizeQuery(scope: "launch/patient patient/*.read", pkce: pkce)
            )
        )
        let response = harness.postForm(
            "/oauth2/v1/authorize/decision",
            page.fields + [
                ("decision", "approve"), ("user", "provider2"), ("patient", "a-195900.E-1003"),
            ]
        )
        #expect(response.status == 302)
        let redirect = try Redirect.of(response)
        #expect(redirect["state"] == "st-42")
        let body = harness.exchange(try #require(redirect["code"]), verifier: pkce.verifier).json
        #expect(body["patient"] == "a-195900.E-1003")
    }

    @Test func approvingWithoutChoosingAPatientShowsThePageAgain() throws {
        let harness = try OAuthHarness()
        let page = try ConsentForm(
            harness.get(
                "/oauth2/v1/authorize?"
                    + harness.authorizeQuery(scope: "launch/patient patient/*.read", pkce: PKCEPair())
            )
        )
        let response = harness.postForm(
            "/oauth2/v1/authorize/decision",
            page.fields + [("decision", "approve"), ("user", "provider2")]
        )
        #expect(response.status == 400)
        #expect(response.headers["Location"] == nil)
        #expect(response.text.contains("choose a patient"))
    }

    @Test func denyingRedirectsWithAccessDenied() throws {
        let harness = try OAuthHarness()
        let page = try ConsentForm(harness.get("/oauth2/v1/authorize?" + harness.authorizeQuery(pkce: PKCEPair())))
        let response = harness.postForm("/oauth2/v1/authorize/decision", page.fields + [("decision", "deny")])
        let redirect = try Redirect.of(response)
        #expect(redirect["error"] == "access_denied")
        #expect(redirect["state"] == "st-42")
    }

    @Test func aSessionPastItsLifetimeRedirectsWithAccessDeniedAndTheState() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(scope: "launch/patient patient/*.read", pkce: PKCEPair())
            .replacingOccurrences(of: "state=st-42", with: "state=st%2042")
        let page = try ConsentForm(harness.get("/oauth2/v1/authorize?" + query))
        harness.clock.advance(byMilliseconds: 601_000)
        let response = harness.postForm(
            "/oauth2/v1/authorize/decision",
            page.fields + [
                ("decision", "approve"), ("user", "provider1"), ("patient", "a-195900.E-1001"),
            ]
        )
        #expect(response.status == 302)
        let redirect = try Redirect.of(response)
        #expect(redirect["error"] == "access_denied")
        #expect(redirect.raw("state") == "st%2042")
        #expect(redirect["code"] == nil)
    }

    @Test func aMismatchedCSRFTokenGetsAnErrorPage() throws {
        let harness = try OAuthHarness()
        let page = try ConsentForm(harness.get("/oauth2/v1/authorize?" + harness.authorizeQuery(pkce: PKCEPair())))
        let response = harness.postForm(
            "/oauth2/v1/authorize/decision",
            [
                ("session", page.session), ("csrf_token", "forged"), ("decision", "approve"), ("user", "provider1"),
            ]
        )
        #expect(response.status == 400)
        #expect(response.headers["Location"] == nil)
    }

    @Test func aDecisionCountsOnce() throws {
        let harness = try OAuthHarness()
        let page = try ConsentForm(harness.get("/oauth2/v1/authorize?" + harness.authorizeQuery(pkce: PKCEPair())))
        let decision = page.fields + [("decision", "approve"), ("user", "provider1")]
        #expect(harness.postForm("/oauth2/v1/authorize/decision", decision).status == 302)
        #expect(harness.postForm("/oauth2/v1/authorize/decision", decision).status == 400)
    }

    @Test func aClientSetToAutoApproveSkipsTheConsentPage() throws {
        let harness = try OAuthHarness()
        var app = try #require(harness.server.clients.client(id: Seeded.patientAppID))
        app.autoApproval = ClientRegistration.AutoApproval(user: "patient1002")
        try harness.server.clients.update(app)

        let pkce = PKCEPair()
        let query = harness.authorizeQuery(client: Seeded.patientAppID, scope: "patient/*.rs", pkce: pkce)
        let code = try #require(try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))["code"])
        let body = harness.exchange(code, client: Seeded.patientAppID, verifier: pkce.verifier).json
        #expect(body["patient"] == "a-195900.E-1002")
    }

    @Test func aHintNamingAUserOfTheWrongKindFallsBackToTheConsentPage() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(pkce: PKCEPair()) + "&login_hint=patient1001"
        let response = harness.get("/oauth2/v1/authorize?" + query)
        #expect(response.status == 200)
        #expect(response.headers["Location"] == nil)
    }

    @Test func aServiceClientCannotAuthorize() throws {
        let harness = try OAuthHarness()
        var service = try #require(harness.server.clients.client(id: Seeded.serviceID))
        service.redirectURIs = [Seeded.redirect]
        try harness.server.clients.update(service)
        let redirect = try Redirect.of(
            harness.get("/oauth2/v1/authorize?" + harness.authorizeQuery(client: Seeded.serviceID, pkce: PKCEPair()))
        )
        #expect(redirect["error"] == "unauthorized_client")
    }
}

/// The hidden fields of a consent page's form.
struct ConsentForm {
    let session: String
    let csrf: String

    init(_ response: HTTPResponse) throws {
        try #require(response.status == 200, "no consent page: \(response.status)")
        session = try #require(Self.hidden("session", in: response.text))
        csrf = try #require(Self.hidden("csrf_token", in: response.text))
    }

    var fields: [(String, String)] {
        [("session", session), ("csrf_token", csrf)]
    }

    private static func hidden(_ name: String, in html: String) -> String? {
        guard let start = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }
}
