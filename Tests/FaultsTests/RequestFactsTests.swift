import Faults
import SandboxHTTP
import Testing

@Suite struct RequestFactsTests {
    @Test(arguments: [
        ("/fhir/r4/Patient/a-1.E-1", RouteFamily.fhir),
        ("/fhir/r4", .fhir),
        ("/fhir/r5/Patient", .other),
        ("/oauth2/v1/token", .oauth),
        ("/v1/195900/patients", .v1),
        ("/anthropic/v1/messages", .anthropic),
        ("/openai/v1/chat/completions", .openai),
        ("/_sandbox/faults", .admin),
        ("/", .other),
    ])
    func familyFollowsTheFirstPathSegments(path: String, family: RouteFamily) {
        #expect(TestRequests.facts("GET", path).family == family)
    }

    @Test(arguments: [
        ("/fhir/r4/Patient/a-1.E-1", "Patient"),
        ("/fhir/r4/Observation?code=1", "Observation"),
        ("/fhir/r4/Encounter/_search", "Encounter"),
        ("/v1/195900/chart/1001/problems", "chart"),
        ("/v1/195900/patients", "patients"),
    ])
    func resourceTypeIsTakenFromThePath(target: String, type: String) {
        #expect(TestRequests.facts("GET", target).resourceType == type)
    }

    @Test(arguments: [
        "/fhir/r4/metadata", "/fhir/r4/.well-known/smart-configuration", "/v1/195900", "/oauth2/v1/token",
    ])
    func pathsThatNameNoResourceHaveNoType(path: String) {
        #expect(TestRequests.facts("GET", path).resourceType == nil)
    }

    @Test func classifyKeepsTheRequestLineHeadersClientAndTime() {
        let facts = TestRequests.facts(
            "POST",
            "/fhir/r4/Patient/_search?name=x",
            headers: ["X-Test": "1"],
            clientID: "0oaclient",
            now: 99
        )
        #expect(facts.method == "POST")
        #expect(facts.path == "/fhir/r4/Patient/_search")
        #expect(facts.query == "name=x")
        #expect(facts.headers["x-test"] == "1")
        #expect(facts.clientID == "0oaclient")
        #expect(facts.requestID == "sbx-000000000001")
        #expect(facts.now == 99)
    }
}
