import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// The consent page's content, as a registered app and the user list make it.
@Suite struct ConsentPageTests {
    @Test func theAppNameIsEscaped() throws {
        let harness = try OAuthHarness()
        var app = try #require(harness.server.clients.client(id: Seeded.providerAppID))
        app.name = "<script>alert('x')</script> & Co"
        try harness.server.clients.update(app)

        let page = harness.get("/oauth2/v1/authorize?" + harness.authorizeQuery(pkce: PKCEPair())).text
        #expect(!page.contains("<script>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"))
    }

    @Test func thePageIsSelfContained() throws {
        let harness = try OAuthHarness()
        let page = harness.get("/oauth2/v1/authorize?" + harness.authorizeQuery(pkce: PKCEPair())).text
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src="))
        #expect(page.contains("action=\"\(OAuthHarness.base)/oauth2/v1/authorize/decision\""))
        #expect(page.contains("name=\"decision\" value=\"approve\""))
        #expect(page.contains("name=\"decision\" value=\"deny\""))
    }

    @Test func aPatientChoiceAppearsOnlyWhenTheGrantNeedsOne() throws {
        let harness = try OAuthHarness()
        let without = harness.get(
            "/oauth2/v1/authorize?" + harness.authorizeQuery(scope: "openid user/Patient.read", pkce: PKCEPair())
        ).text
        #expect(!without.contains("name=\"patient\""))
        let with = harness.get(
            "/oauth2/v1/authorize?" + harness.authorizeQuery(scope: "launch/patient patient/*.read", pkce: PKCEPair())
        ).text
        #expect(with.contains("name=\"patient\""))
        #expect(with.contains("Bram Oakes (a-195900.E-1002)"))
    }

    @Test func aPatientAppOffersOnlyPatientUsersAndNoPatientChoice() throws {
        let harness = try OAuthHarness()
        let query = harness.authorizeQuery(
            client: Seeded.patientAppID,
            scope: "launch/patient patient/*.read",
            pkce: PKCEPair()
        )
        let page = harness.get("/oauth2/v1/authorize?" + query).text
        #expect(page.contains("value=\"patient1002\""))
        #expect(!page.contains("value=\"provider1\""))
        #expect(!page.contains("name=\"patient\""))
    }
}
