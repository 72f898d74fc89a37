import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct DeprecationTests {
    /// 2026-01-01T00:00:00Z and 2026-04-01T00:00:00Z.
    private static let deprecated: Int64 = 1_767_225_600_000
    private static let sunset: Int64 = 1_775_001_600_000

    private func entry(_ kind: String, _ match: String, replacement: String? = "/fhir/r4/Encounter") throws
        -> Deprecation
    {
        let replacementMember = replacement.map { #", "replacement": "\#($0)""# } ?? ""
        return try Deprecation(
            json: try JSONValue.parse(
                """
                {"id": "e", "kind": "\(kind)", "match": \(match), "deprecation": "2026-01-01T00:00:00Z",
                 "sunset": "2026-04-01", "link": "https://docs.example.org/e"\(replacementMember)}
                """
            )
        )
    }

    private func evaluate(
        _ registry: DeprecationRegistry,
        _ facts: RequestFacts,
        parameters: [String] = [],
        scopes: [String] = [],
        model: String? = nil,
        now: Int64
    ) -> DeprecationDecision {
        registry.evaluate(facts, parameters: parameters, scopes: scopes, model: model, now: now)
    }

    private let encounters = TestRequests.facts("GET", "/v1/195900/chart/1001/encounters")

    @Test func announcedEndpointsCarryTheRFCHeaders() throws {
        let registry = DeprecationRegistry(entries: [try entry("endpoint", #"{"path": "/v1/*/chart/*/encounters"}"#)])
        guard case .announced(let id, let headers) = evaluate(registry, encounters, now: TestRequests.start) else {
            Issue.record("expected the deprecation to be announced")
            return
        }
        #expect(id == "e")
        #expect(headers["Deprecation"] == "@1767225600")
        #expect(headers["Sunset"] == "Wed, 01 Apr 2026 00:00:00 GMT")
        #expect(
            headers.values(for: "Link") == [
                #"<https://docs.example.org/e>; rel="deprecation"; type="text/html""#,
                #"</fhir/r4/Encounter>; rel="successor-version""#,
            ]
        )
    }

    @Test func nothingShowsBeforeTheDeprecationDateOrWhenDisabled() throws {
        var entry = try entry("endpoint", #"{"path": "/v1/**"}"#)
        let registry = DeprecationRegistry(entries: [entry])
        guard case .none = evaluate(registry, encounters, now: Self.deprecated - 1) else {
            Issue.record("expected nothing before the deprecation date")
            return
        }
        entry.isEnabled = false
        registry.add(entry)
        guard case .none = evaluate(registry, encounters, now: TestRequests.start) else {
            Issue.record("expected nothing from a disabled entry")
            return
        }
    }

    @Test func advancingTheClockPastTheSunsetTurnsHeadersIntoA410() throws {
        let clock = SimulatedClock()
        let registry = DeprecationRegistry(entries: [try entry("endpoint", #"{"method": "GET", "path": "/v1/**"}"#)])
        guard case .announced = evaluate(registry, encounters, now: clock.now) else {
            Issue.record("expected the deprecation to be announced first")
            return
        }
        clock.advance(byMilliseconds: Self.sunset - clock.now)
        guard case .sunset(_, let kind, let response) = evaluate(registry, encounters, now: clock.now) else {
            Issue.record("expected the endpoint to be gone")
            return
        }
        #expect(kind == "endpoint")
        #expect(response.status == 410)
        let body = try TestRequests.body(response)
        #expect(body["error"] == "This endpoint was retired on 2026-04-01. Use /fhir/r4/Encounter instead.")
        #expect(response.headers["Sunset"] == "Wed, 01 Apr 2026 00:00:00 GMT")
    }

    @Test func theSilentProfileShowsNothingBeforeTheSunsetAndStillRefusesAfter() throws {
        let registry = DeprecationRegistry(profile: .silent, entries: [try entry("endpoint", #"{"path": "/v1/**"}"#)])
        guard case .none = evaluate(registry, encounters, now: TestRequests.start) else {
            Issue.record("expected no headers under the silent profile")
            return
        }
        guard case .sunset(_, _, let response) = evaluate(registry, encounters, now: Self.sunset) else {
            Issue.record("expected the refusal after the sunset")
            return
        }
        #expect(response.status == 410)
        #expect(response.headers["Deprecation"] == nil)
        #expect(response.headers["Link"] == nil)
    }

    @Test func aRetiredFHIRParameterIsA400OperationOutcome() throws {
        let registry = DeprecationRegistry(entries: [
            try entry("parameter", #"{"resourceType": "Observation", "parameter": "combo-code"}"#, replacement: "code")
        ])
        let facts = TestRequests.facts("GET", "/fhir/r4/Observation?combo-code=1")
        guard
            case .sunset(_, "parameter", let response) = evaluate(
                registry,
                facts,
                parameters: ["patient", "combo-code:text"],
                now: Self.sunset
            )
        else {
            Issue.record("expected the parameter to be refused")
            return
        }
        #expect(response.status == 400)
        #expect(try TestRequests.body(response)["issue"]?[0]?["code"] == "not-supported")
        let other = TestRequests.facts("GET", "/fhir/r4/Condition?combo-code=1")
        guard case .none = evaluate(registry, other, parameters: ["combo-code"], now: Self.sunset) else {
            Issue.record("expected another type to be unaffected")
            return
        }
    }

    @Test func aRetiredScopeIsAnInvalidScopeError() throws {
        let registry = DeprecationRegistry(entries: [
            try entry("scope", #"{"scope": "user/*.read"}"#, replacement: "user/*.rs")
        ])
        let token = TestRequests.facts("POST", "/oauth2/v1/token")
        guard
            case .sunset(_, "scope", let response) = evaluate(
                registry,
                token,
                scopes: ["openid", "user/*.read"],
                now: Self.sunset
            )
        else {
            Issue.record("expected the scope to be refused")
            return
        }
        #expect(response.status == 400)
        #expect(try TestRequests.body(response)["error"] == "invalid_scope")
    }

    @Test func aRetiredModelIsANotFoundError() throws {
        let registry = DeprecationRegistry(entries: [
            try entry("model", #"{"model": "claude-sim-legacy-2"}"#, replacement: nil)
        ])
        let messages = TestRequests.facts("POST", "/anthropic/v1/messages")
        guard
            case .sunset(_, "model", let response) = evaluate(
                registry,
                messages,
                model: "claude-sim-legacy-2",
                now: Self.sunset
            )
        else {
            Issue.record("expected the model to be refused")
            return
        }
        #expect(response.status == 404)
        let error = try TestRequests.body(response)["error"]
        #expect(error?["type"] == "not_found_error")
        #expect(error?["message"] == "model: claude-sim-legacy-2 was retired on 2026-04-01.")
        let chat = TestRequests.facts("POST", "/openai/v1/chat/completions")
        guard case .sunset(_, _, let openAI) = evaluate(registry, chat, model: "claude-sim-legacy-2", now: Self.sunset)
        else {
            Issue.record("expected the model to be refused on the OpenAI route too")
            return
        }
        #expect(try TestRequests.body(openAI)["error"]?["code"] == "model_not_found")
    }

    @Test func aSunsetEntryWinsOverAnAnnouncedOne() throws {
        let announced = try Deprecation(
            json: try JSONValue.parse(
                #"{"id": "later", "kind": "endpoint", "match": {"path": "/v1/**"}, "#
                    + #""deprecation": "2026-01-01", "sunset": "2027-01-01"}"#
            )
        )
        let registry = DeprecationRegistry(entries: [announced, try entry("endpoint", #"{"path": "/v1/**"}"#)])
        #expect(evaluate(registry, encounters, now: Self.sunset).entryID == "e")
    }

    @Test func theSampleFileShipsEveryEntrySwitchedOff() throws {
        let registry = DeprecationRegistry()
        try registry.load(contentsOfFile: FaultRuleJSONTests.seedDataPath("deprecations.json"))
        #expect(registry.list().count == 4)
        #expect(registry.list().allSatisfy { !$0.isEnabled })
        #expect(Set(registry.list().map(\.subject.kind)) == ["endpoint", "parameter", "scope", "model"])
    }

    @Test(arguments: [
        (
            #"{"id": "x", "kind": "endpoint", "match": {}, "deprecation": "2026-01-01"}"#,
            "match.path: or method is required"
        ),
        (#"{"id": "x", "kind": "api", "match": {}, "deprecation": "2026-01-01"}"#, "kind: must be one of"),
        (
            #"{"id": "x", "kind": "scope", "match": {"scope": "a"}, "deprecation": "soon"}"#,
            "deprecation: must be a date"
        ),
        (
            #"{"id": "x", "kind": "scope", "match": {"scope": "a"}, "deprecation": "2026-02-01", "#
                + #""sunset": "2026-01-01"}"#,
            "sunset: must not be earlier"
        ),
        (#"{"kind": "model", "match": {"model": "m"}, "deprecation": "2026-01-01"}"#, "id: is required"),
        (
            #"{"id": "x", "kind": "model", "match": {"model": "m"}, "deprecation": "2026-01-01", "replacement": "a>; rel=\"evil\""}"#,
            "replacement: must be a URI or path without spaces, quotes or angle brackets"
        ),
    ])
    func mistakesNameTheMember(json: String, message: String) throws {
        do {
            _ = try Deprecation(json: try JSONValue.parse(json))
            Issue.record("expected \(message)")
        } catch let error as FaultsError {
            #expect(error.description.hasPrefix(message), "got \(error.description)")
        }
    }
}
