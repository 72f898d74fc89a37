import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// How the token endpoint treats the scope grammar: v1 wildcards, v2 letters, constraints,
/// malformed scopes and scopes the sandbox does not support.
@Suite struct OAuthScopeGrammarTests {
    private func exchange(_ harness: OAuthHarness, scope: String) throws -> HTTPResponse {
        let pkce = PKCEPair()
        let response = harness.get(
            "/oauth2/v1/authorize?"
                + harness.authorizeQuery(scope: scope, pkce: pkce, extra: [("login_hint", "provider1:a-195900.E-1001")])
        )
        let redirect = try Redirect.of(response)
        guard let code = redirect["code"] else {
            return HTTPResponse.json(
                bytes: JSONValue.object(["error": .string(redirect["error"] ?? "")]).encodedBytes(),
                status: 400
            )
        }
        return harness.exchange(code, verifier: pkce.verifier)
    }

    private func granted(_ response: HTTPResponse) -> ScopeSet {
        ScopeSet.parse(response.json["scope"]?.stringValue ?? "").scopes
    }

    @Test func v1WildcardsAreNarrowedToWhatTheAppMayHave() throws {
        let harness = try OAuthHarness()
        let response = try exchange(
            harness,
            scope: "openid offline_access fhirUser user/Patient.* user/Binary.* user/Encounter.read"
        )
        #expect(response.status == 200)
        #expect(
            granted(response)
                == ScopeSet.parse(
                    "openid offline_access fhirUser user/Patient.read user/Binary.read user/Encounter.read"
                ).scopes
        )
    }

    @Test func v2LettersAndConstraintsAreGrantedWithinTheRegistration() throws {
        let harness = try OAuthHarness()
        let constrained =
            "user/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory"
        let response = try exchange(harness, scope: "patient/*.cruds \(constrained) launch/patient")
        #expect(response.status == 200)
        let scopes = granted(response)
        #expect(scopes.contains(.launchContext("patient")))
        #expect(scopes == ScopeSet.parse("patient/*.rs \(constrained) launch/patient").scopes)
    }

    @Test func anUnsupportedLaunchContextIsLeftOutOfTheGrant() throws {
        let harness = try OAuthHarness()
        let response = try exchange(
            harness,
            scope: "launch/questionnaire?role=https://example.org/role/new user/Patient.read"
        )
        #expect(response.status == 200)
        #expect(response.json["scope"] == "user/Patient.read")
    }

    @Test func anInteractionNamedPermissionIsLeftOutOfTheGrant() throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Patient.read system/Appointment.create")
        #expect(response.status == 200)
        #expect(response.json["scope"] == "system/Patient.read")
    }

    @Test(arguments: ["patient/*.xyz", "user/Patient.rc", "Patient/Observation.read", "user/patient.read", "email"])
    func aMalformedScopeRefusesTheWholeRequest(scope: String) throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Patient.read \(scope)")
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_scope")
        #expect(response.json["error_description"]?.stringValue?.contains(scope) == true)
    }

    @Test func onlyUnsupportedScopesGrantNothing() throws {
        let harness = try OAuthHarness()
        let response = harness.serviceToken(scope: "system/Appointment.create")
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_scope")
    }
}
