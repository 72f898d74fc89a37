import Faults
import Foundation
import SandboxSupport
import Testing

@Suite struct FaultRuleJSONTests {
    private func error(_ json: String) -> String? {
        do {
            _ = try TestRequests.rule(json)
            return nil
        } catch let error as FaultsError {
            return error.description
        } catch {
            return "not a FaultsError: \(error)"
        }
    }

    @Test func aFullRuleReadsEveryPart() throws {
        let rule = try TestRequests.rule(
            """
            {"id": "r1", "description": "d",
             "match": {"method": "get", "path": "/fhir/r4/**", "family": "fhir", "resourceType": "Patient",
                       "clientID": "0oa", "header": {"name": "X-A", "value": "1"}},
             "when": {"after": 1, "times": 2, "probability": 0.5,
                      "window": {"from": "2026-01-15T14:00:00Z", "until": "2026-01-16T00:00:00+02:00"}},
             "action": {"type": "status", "status": 502, "format": "gateway-html", "message": "m"}}
            """
        )
        #expect(rule.id == "r1")
        #expect(rule.match.method == "GET")
        #expect(rule.match.path?.description == "/fhir/r4/**")
        #expect(rule.match.header == FaultMatch.HeaderCondition(name: "X-A", value: "1"))
        #expect(rule.trigger.window == FaultTrigger.Window(from: 1_768_485_600_000, until: 1_768_514_400_000))
        #expect(rule.action == .status(ErrorSpec(status: 502, format: .gatewayHTML, message: "m")))
    }

    @Test func writingAndReadingARuleGivesItBack() throws {
        let rules = [
            #"{"id": "a", "match": {"path": "/v1/**"}, "when": {"nth": 2}, "action": {"type": "delay", "ms": 5}}"#,
            #"{"id": "b", "action": {"type": "delay", "minMs": 5, "maxMs": 9}}"#,
            #"{"id": "c", "action": {"type": "rateLimit", "style": "developer-over-qps", "retryAfter": 2}}"#,
            #"{"id": "d", "action": {"type": "status", "status": 503, "headers": {"Retry-After": "3"}}}"#,
            #"{"id": "e", "when": {"window": {"from": "2026-01-15T14:00:00Z"}}, "action": {"type": "close"}}"#,
            #"{"id": "f", "action": {"type": "relativeNextLinks", "style": "host-relative"}}"#,
        ]
        for text in rules {
            let rule = try TestRequests.rule(text)
            #expect(try FaultRule(json: rule.json) == rule)
        }
    }

    @Test(arguments: [
        (#"{"match": {}}"#, "action: is required"),
        (#"{"action": {"type": "explode"}}"#, "action.type: must be one of"),
        (#"{"action": {"type": "status"}}"#, "action.status: is required"),
        (#"{"action": {"type": "status", "status": 200}}"#, "action.status: must be a whole number from 400 to 599"),
        (#"{"action": {"type": "status", "status": 503, "format": "xml"}}"#, "action.format: must be one of"),
        (#"{"action": {"type": "reset", "bytes": 3}}"#, "action.bytes: is not a member"),
        (#"{"when": {"time": 2}, "action": {"type": "reset"}}"#, "when.time: is not a member"),
        (#"{"when": {"nth": 0}, "action": {"type": "reset"}}"#, "when.nth: must be a whole number from 1"),
        (#"{"when": {"nth": 2, "times": 1}, "action": {"type": "reset"}}"#, "when.nth: cannot be combined"),
        (#"{"when": {"probability": 1.5}, "action": {"type": "reset"}}"#, "when.probability: must be a number from 0"),
        (
            #"{"when": {"window": {"from": "2026-01-15"}}, "action": {"type": "reset"}}"#,
            "when.window.from: must be an instant"
        ),
        (#"{"when": {"window": {}}, "action": {"type": "reset"}}"#, "when.window: needs from or until"),
        (#"{"match": {"path": "fhir"}, "action": {"type": "reset"}}"#, "match.path: must start with /"),
        (#"{"match": {"family": "soap"}, "action": {"type": "reset"}}"#, "match.family: must be one of"),
        (#"{"match": {"header": {}}, "action": {"type": "reset"}}"#, "match.header.name: is required"),
        (#"{"action": {"type": "delay"}}"#, "action.ms: give either ms"),
        (#"{"action": {"type": "delay", "minMs": 9, "maxMs": 5}}"#, "action.maxMs: must be at least minMs"),
        (#"{"action": {"type": "truncate"}}"#, "action.bytes: is required"),
        (
            #"{"action": {"type": "status", "status": 503, "headers": {"Bad Header": "x"}}}"#,
            "action.headers: 'Bad Header' is not a header HTTP can carry"
        ),
        (
            #"{"action": {"type": "status", "status": 503, "headers": {"X-Ok": "a\r\nSet-Cookie: b"}}}"#,
            "action.headers: 'X-Ok' is not a header HTTP can carry"
        ),
        (#"{"id": 5, "action": {"type": "reset"}}"#, "id: must be a non-empty string"),
        (#"[1]"#, "body: must be an object"),
    ])
    func mistakesNameTheMember(json: String, message: String) {
        let description = error(json)
        #expect(description?.hasPrefix(message) == true, "got \(description ?? "no error")")
    }

    @Test func settingsDocumentsNameTheRuleIndex() throws {
        let json = try JSONValue.parse(#"{"rules": [{"action": {"type": "reset"}}, {"action": {}}]}"#)
        #expect(throws: FaultsError.invalidField("rules[1].action.type", "is required")) {
            try FaultEngine.Settings(json: json)
        }
    }

    @Test func settingsRefuseRepeatedIDs() throws {
        let json = try JSONValue.parse(
            #"{"rules": [{"id": "a", "action": {"type": "reset"}}, {"id": "a", "action": {"type": "close"}}]}"#
        )
        #expect(throws: FaultsError.invalidField("rules[1].id", "repeats the id of an earlier rule")) {
            try FaultEngine.Settings(json: json)
        }
    }

    @Test func theExampleSettingsFileLoads() throws {
        let engine = FaultEngine()
        let rules = try engine.load(contentsOfFile: Self.seedDataPath("faults.example.json"))
        #expect(engine.seed == 42)
        #expect(rules.count == engine.list().count)
        #expect(rules.count >= 8)
        #expect(Set(rules.map(\.id)).count == rules.count)
    }

    @Test func aMissingFileNamesTheFile() {
        #expect(
            throws: FaultsError.fileUnreadable("/nonexistent/faults.json", "the file does not exist or cannot be read")
        ) {
            try FaultEngine().load(contentsOfFile: "/nonexistent/faults.json")
        }
    }

    @Test func aFileWithAWrongMemberNamesTheFileAndMember() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("faults-\(UUID().uuidString).json")
            .path
        try Data(#"{"seed": -1}"#.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FaultsError.fileUnreadable(path, "seed: must be a whole number from 0 to \(Int.max)")) {
            try FaultEngine().load(contentsOfFile: path)
        }
    }

    /// The path of a file in the repository's `SeedData` folder.
    static func seedDataPath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SeedData").appendingPathComponent(name).path
    }
}
