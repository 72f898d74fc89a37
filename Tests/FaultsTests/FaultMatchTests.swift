import Faults
import SandboxHTTP
import Testing

@Suite struct FaultMatchTests {
    private func matches(_ match: String, _ facts: RequestFacts) throws -> Bool {
        let rule = try TestRequests.rule(#"{"match": \#(match), "action": {"type": "reset"}}"#)
        return rule.match.matches(facts)
    }

    @Test func methodIsComparedWithoutCase() throws {
        #expect(try matches(#"{"method": "post"}"#, TestRequests.facts("POST", "/fhir/r4/Patient")))
        #expect(try !matches(#"{"method": "POST"}"#, TestRequests.facts("GET", "/fhir/r4/Patient")))
    }

    @Test func pathIsAGlob() throws {
        #expect(try matches(#"{"path": "/fhir/r4/*/_search"}"#, TestRequests.facts("POST", "/fhir/r4/Patient/_search")))
        #expect(try !matches(#"{"path": "/fhir/r4/*/_search"}"#, TestRequests.facts("GET", "/fhir/r4/Patient")))
    }

    @Test func familyMustBeTheRequestsFamily() throws {
        #expect(try matches(#"{"family": "v1"}"#, TestRequests.facts("GET", "/v1/195900/patients")))
        #expect(try !matches(#"{"family": "v1"}"#, TestRequests.facts("GET", "/fhir/r4/Patient")))
    }

    @Test func resourceTypeIsComparedExactly() throws {
        #expect(try matches(#"{"resourceType": "Patient"}"#, TestRequests.facts("GET", "/fhir/r4/Patient/1")))
        #expect(try !matches(#"{"resourceType": "patient"}"#, TestRequests.facts("GET", "/fhir/r4/Patient/1")))
        #expect(try matches(#"{"resourceType": "patients"}"#, TestRequests.facts("GET", "/v1/195900/patients/1")))
    }

    @Test func clientIDNeedsAKnownClient() throws {
        let match = #"{"clientID": "0oaone"}"#
        #expect(try matches(match, TestRequests.facts("GET", "/fhir/r4/Patient", clientID: "0oaone")))
        #expect(try !matches(match, TestRequests.facts("GET", "/fhir/r4/Patient", clientID: "0oatwo")))
        #expect(try !matches(match, TestRequests.facts("GET", "/fhir/r4/Patient")))
    }

    @Test func headerWithoutValueNeedsOnlyThePresence() throws {
        let match = #"{"header": {"name": "X-Chaos"}}"#
        #expect(try matches(match, TestRequests.facts("GET", "/fhir/r4/Patient", headers: ["x-chaos": "on"])))
        #expect(try !matches(match, TestRequests.facts("GET", "/fhir/r4/Patient")))
    }

    @Test func headerWithValueNeedsThatValue() throws {
        let match = #"{"header": {"name": "X-Chaos", "value": "on"}}"#
        let withValue = TestRequests.facts(
            "GET",
            "/fhir/r4/Patient",
            headers: HTTPHeaders([("X-Chaos", "off"), ("X-Chaos", "on")])
        )
        #expect(try matches(match, withValue))
        #expect(try !matches(match, TestRequests.facts("GET", "/fhir/r4/Patient", headers: ["X-Chaos": "off"])))
    }

    @Test func everyGivenConditionMustHold() throws {
        let match = #"{"method": "GET", "family": "fhir", "resourceType": "Patient"}"#
        #expect(try matches(match, TestRequests.facts("GET", "/fhir/r4/Patient")))
        #expect(try !matches(match, TestRequests.facts("GET", "/fhir/r4/Observation")))
    }

    @Test func adminRequestsAreReachedOnlyByNamingTheAdminFamily() throws {
        let admin = TestRequests.facts("DELETE", "/_sandbox/faults")
        #expect(try !matches("{}", admin))
        #expect(try !matches(#"{"path": "/**"}"#, admin))
        #expect(try matches(#"{"family": "admin"}"#, admin))
    }
}
