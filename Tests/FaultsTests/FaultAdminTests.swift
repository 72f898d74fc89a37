import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct FaultAdminTests {
    private let admin = AdminHarness()

    @Test func postingARuleAddsItAndListingShowsItsCounts() throws {
        let created = admin.send(
            "POST",
            "/_sandbox/faults",
            #"{"id": "p", "action": {"type": "status", "status": 503}}"#
        )
        #expect(created.status == 201)
        #expect(admin.json(created)?["id"] == "p")
        _ = admin.engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient"))

        let listed = admin.send("GET", "/_sandbox/faults")
        let body = try #require(admin.json(listed))
        #expect(listed.status == 200)
        #expect(body["seed"] == 1)
        #expect(
            body["rules"]?[0]?["state"]?.canonicalized()
                == JSONValue.object(["matched": 1, "fired": 1]).canonicalized()
        )
    }

    @Test func postingTheSameIDAgainReplacesTheRule() {
        _ = admin.send("POST", "/_sandbox/faults", #"{"id": "p", "action": {"type": "reset"}}"#)
        let replaced = admin.send("POST", "/_sandbox/faults", #"{"id": "p", "action": {"type": "close"}}"#)
        #expect(replaced.status == 200)
        #expect(admin.engine.list().map(\.rule.action) == [.close])
    }

    @Test func postingAFlagAddsARuleWithAGeneratedID() {
        let created = admin.send("POST", "/_sandbox/faults", #"{"flag": "status=503,times=2"}"#)
        #expect(created.status == 201)
        #expect(admin.json(created)?["id"] == "rule-1")
        #expect(admin.json(created)?["when"] == .object(["times": 2]))
    }

    @Test func postingASettingsDocumentSetsTheSeedAndAddsRules() {
        let body = #"{"seed": 9, "rules": [{"action": {"type": "reset"}}, {"action": {"type": "close"}}]}"#
        let response = admin.send("POST", "/_sandbox/faults", body)
        #expect(response.status == 200)
        #expect(admin.engine.seed == 9)
        #expect(admin.json(response)?["rules"]?.arrayValue?.count == 2)
    }

    @Test func readingAndDeletingOneRule() {
        _ = admin.send("POST", "/_sandbox/faults", #"{"id": "a b", "action": {"type": "reset"}}"#)
        #expect(admin.send("GET", "/_sandbox/faults/a%20b").status == 200)
        #expect(admin.send("DELETE", "/_sandbox/faults/a%20b").status == 204)
        let missing = admin.send("DELETE", "/_sandbox/faults/a%20b")
        #expect(missing.status == 404)
        #expect(admin.json(missing)?["error"] == "not_found")
        #expect(admin.send("GET", "/_sandbox/faults/nope").status == 404)
    }

    @Test func deletingAllRules() {
        _ = admin.send("POST", "/_sandbox/faults", #"{"action": {"type": "reset"}}"#)
        #expect(admin.send("DELETE", "/_sandbox/faults").status == 204)
        #expect(admin.engine.list().isEmpty)
    }

    @Test(arguments: [
        "not json", "", "[1, 2]", #"{"action": {"type": "bogus"}}"#, #"{"rules": 3}"#, #"{"flag": 3}"#,
        #"{"flag": "status=503", "id": "x"}"#, #"{"seed": "many"}"#,
        #"{"action": {"type": "status", "status": 99999999999999999999}}"#,
    ])
    func badBodiesAre400WithAnExplanation(body: String) {
        let response = admin.send("POST", "/_sandbox/faults", body)
        #expect(response.status == 400)
        #expect(admin.json(response)?["error"] == "invalid_request")
        #expect(admin.json(response)?["error_description"]?.stringValue?.isEmpty == false)
        #expect(admin.engine.list().isEmpty)
    }

    @Test func otherMethodsAre405WithAllow() {
        let response = admin.send("PUT", "/_sandbox/faults", "{}")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD, POST, DELETE")
        #expect(admin.json(response)?["error"] == "method_not_allowed")
        #expect(admin.send("POST", "/_sandbox/faults/x", "{}").status == 405)
    }

    @Test func theAdminRoutesAreNotReachedByABroadRule() {
        _ = admin.send("POST", "/_sandbox/faults", #"{"match": {"path": "/**"}, "action": {"type": "reset"}}"#)
        let facts = TestRequests.facts("DELETE", "/_sandbox/faults")
        #expect(admin.engine.decide(for: facts) == nil)
    }
}

@Suite struct ClockAdminTests {
    private let admin = AdminHarness()

    @Test func readingTheClock() {
        let response = admin.send("GET", "/_sandbox/clock")
        let expected: JSONValue = .object(["now": 1_768_485_600_000, "iso": "2026-01-15T14:00:00.000+00:00"])
        #expect(admin.json(response)?.canonicalized() == expected.canonicalized())
    }

    @Test func settingTheClock() {
        let response = admin.send("POST", "/_sandbox/clock", #"{"set": "2026-02-01T09:00:00-05:00"}"#)
        #expect(response.status == 200)
        #expect(admin.clock.now == 1_769_954_400_000)
        #expect(admin.json(response)?["iso"] == "2026-02-01T14:00:00.000+00:00")
    }

    @Test func advancingTheClockByADuration() {
        _ = admin.send("POST", "/_sandbox/clock", #"{"advance": "61m"}"#)
        #expect(admin.clock.now == TestRequests.start + 3_660_000)
        _ = admin.send("POST", "/_sandbox/clock", #"{"advanceMilliseconds": 1500}"#)
        #expect(admin.clock.now == TestRequests.start + 3_661_500)
    }

    @Test func theClockStaysWithinTheYearsOneTo9999() {
        for body in [#"{"advance": "99999999999d"}"#, #"{"set": "0001-01-01T00:00:00Z"}"#] {
            _ = admin.send("POST", "/_sandbox/clock", body)
        }
        let before = admin.clock.now
        let response = admin.send("POST", "/_sandbox/clock", #"{"advanceMilliseconds": -1000}"#)
        #expect(response.status == 400)
        #expect(admin.clock.now == before)
    }

    @Test(arguments: [
        #"{"advance": "soon"}"#, #"{"set": "2026-02-01"}"#, #"{}"#,
        #"{"advance": "1m", "set": "2026-02-01T00:00:00Z"}"#,
        #"{"advanceMilliseconds": 1.5}"#, #"{"rewind": "1m"}"#, "[", "",
    ])
    func badChangesAre400AndLeaveTheClock(body: String) {
        let response = admin.send("POST", "/_sandbox/clock", body)
        #expect(response.status == 400)
        #expect(admin.json(response)?["error"] == "invalid_request")
        #expect(admin.clock.now == TestRequests.start)
    }

    @Test func otherMethodsAre405() {
        #expect(admin.send("DELETE", "/_sandbox/clock").status == 405)
    }
}
