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
    }
}
