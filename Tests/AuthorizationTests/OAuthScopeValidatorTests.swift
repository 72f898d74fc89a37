import Authorization
import SandboxHTTP
import SandboxSupport
import Synchronization
import Testing

/// The server's scope validator: scopes the sandbox cannot serve are refused by name and reason.
@Suite struct OAuthScopeValidatorTests {
    /// A small catalog: two resource types, and the search parameters each knows.
    private static let catalog: [String: Set<String>] = [
        "Patient": ["_id", "name"],
        "Observation": ["_id", "category", "code", "patient"],
    ]

    /// Refuses unknown types and unknown constraint parameters, as a FHIR catalog would.
    private static let validator: OAuthServer.ScopeValidator = { scope in
        guard case .resource(_, let type, _, let constraint, _) = scope.kind, type != "*" else { return nil }
        guard let parameters = catalog[type] else { return "the sandbox serves no resource type \(type)" }
        let unknown = constraint.parameters.map(\.name).filter { !parameters.contains($0) }
        return unknown.isEmpty ? nil : "\(type) has no search parameter \(unknown.joined(separator: ", "))"
    }

    @Test func anUnknownSearchParameterIsRefusedByName() throws {
        let harness = try OAuthHarness(scopeValidator: Self.validator)
        let response = harness.serviceToken(scope: "system/Patient.read system/Observation.rs?foo=bar")
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_scope")
        let description = try #require(response.json["error_description"]?.stringValue)
        #expect(description.contains("system/Observation.rs?foo=bar"))
        #expect(description.contains("no search parameter foo"))
    }

    @Test func anUnknownResourceTypeIsRefused() throws {
        let harness = try OAuthHarness(scopeValidator: Self.validator)
        let response = harness.serviceToken(scope: "system/Foo.read")
        #expect(response.json["error"] == "invalid_scope")
        #expect(response.json["error_description"]?.stringValue?.contains("system/Foo.read") == true)
        #expect(harness.serviceToken(scope: "system/Observation.rs?category=laboratory").status == 200)
    }

    @Test func theAuthorizeEndpointAsksTheValidatorToo() throws {
        let harness = try OAuthHarness(scopeValidator: Self.validator)
        let query = harness.authorizeQuery(
            scope: "openid user/Foo.read",
            pkce: PKCEPair(),
            extra: [("login_hint", "provider1")]
        )
        let redirect = try Redirect.of(harness.get("/oauth2/v1/authorize?" + query))
        #expect(redirect["error"] == "invalid_scope")
        #expect(redirect["error_description"]?.contains("user/Foo.read") == true)
        #expect(redirect["state"] == "st-42")
    }

    @Test func theValidatorSeesEveryRequestedScope() throws {
        let seen = Mutex<[String]>([])
        let harness = try OAuthHarness(scopeValidator: { scope in
            seen.withLock { $0.append(scope.description) }
            return nil
        })
        let pkce = PKCEPair()
        _ = try harness.authorizeCode(scope: "openid fhirUser user/Patient.read", pkce: pkce)
        #expect(seen.withLock { $0 } == ["openid", "fhirUser", "user/Patient.read"])
    }

    @Test func byDefaultEveryParsedScopeIsAccepted() throws {
        let harness = try OAuthHarness()
        #expect(harness.serviceToken(scope: "system/Foo.read").status == 200)
    }
}
