import SandboxSupport
import Testing

@testable import Audit

@Suite struct AuditOutputTests {
    private static func written(_ entries: [AuditEntry]) -> [AuditEntry] {
        entries.enumerated().map { index, entry in
            var copy = entry
            copy.sequence = Int64(index + 1)
            return copy
        }
    }

    @Test func jsonLinesHaveOneCompactObjectPerEntryWithMembersInAFixedOrder() {
        var entry = Sample.entry(3, patientID: "p1", faultRuleID: "slow")
        entry.sequence = 42
        entry.note = "line\nbreak"
        let text = String(decoding: AuditJSONLines.encode([entry, Sample.varied[4]]), as: UTF8.self)

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines.last == "")
        let expected: [String] = [
            #"{"sequence":42,"requestId":"req-3","recorded":"2026-01-15T14:00:03.000+00:00","#,
            #""simulatedTime":1768485603000,"wallTime":1700000000003,"clientId":"client-a","#,
            #""actor":"system:client-a","method":"GET","path":"/fhir/r4/Observation/obs-3","family":"fhir","#,
            #""resourceType":"Observation","resourceId":"obs-3","patientId":"p1","#,
            #""scopes":"system/Observation.rs","status":200,"latencyMicroseconds":30,"faultRule":"slow","#,
            #""deprecation":null,"note":"line\nbreak"}"#,
        ]
        #expect(lines[0] == expected.joined())
        // Absent values are written as null, so every line has every member, in the same order.
        let keys = entry.json.members?.map { "\"\($0.key)\":" } ?? []
        let positions = keys.compactMap { lines[1].firstRange(of: $0)?.lowerBound }
        #expect(positions.count == 19)
        #expect(positions == positions.sorted())
        #expect(lines[1].contains(#""clientId":null,"actor":null,"#))
    }

    @Test func theSameEntriesAlwaysGiveTheSameBytes() {
        let entries = Self.written(Sample.varied)
        #expect(AuditJSONLines.encode(entries) == AuditJSONLines.encode(entries.map { $0 }))
        #expect(AuditBundle.make(from: entries).encodedBytes() == AuditBundle.make(from: entries).encodedBytes())
    }

    @Test func aBundleIsACollectionOfAuditEventsWithIDsFromTheirSequences() throws {
        let bundle = AuditBundle.make(from: Self.written(Sample.varied))

        #expect(bundle["resourceType"] == "Bundle")
        #expect(bundle["type"] == "collection")
        #expect(bundle["total"] == nil)
        let resources = try #require(bundle["entry"]?.arrayValue).compactMap { $0["resource"] }
        #expect(resources.count == Sample.varied.count)
        #expect(resources.allSatisfy { $0["resourceType"] == "AuditEvent" })
        #expect(resources.compactMap { $0["id"]?.stringValue } == (1...8).map { "audit-\($0)" })
    }

    @Test func anEmptyBundleHasNoEntryArray() {
        #expect(AuditBundle.make(from: []) == .object(["resourceType": "Bundle", "type": "collection"]))
    }

    @Test func anAuditEventCarriesTypeRecordedOutcomeAgentsSourceAndEntities() throws {
        var entry = Sample.entry(1, path: "/fhir/r4/Observation/obs-1", status: 404, clientID: "0oa1", patientID: "p7")
        entry.sequence = 9
        entry.actor = AuditActor.user("jdoe")
        let event = AuditBundle.auditEvent(for: entry)

        #expect(
            event["type"]
                == .object([
                    "system": "http://terminology.hl7.org/CodeSystem/audit-event-type", "code": "rest",
                    "display": "RESTful Operation",
                ])
        )
        #expect(event["subtype"]?[0]?["system"] == "http://hl7.org/fhir/restful-interaction")
        #expect(event["subtype"]?[0]?["code"] == "read")
        #expect(event["action"] == "R")
        #expect(event["recorded"] == "2026-01-15T14:00:01.000+00:00")
        #expect(event["outcome"] == "4")
        #expect(event["source"]?["observer"]?["display"] == "Athena Sandbox")

        let agents = try #require(event["agent"]?.arrayValue)
        #expect(agents.count == 2)
        #expect(agents[0]["requestor"] == true)
        #expect(agents[0]["who"]?["identifier"]?["value"] == "0oa1")
        #expect(agents[1]["requestor"] == false)
        #expect(agents[1]["who"]?["identifier"]?["value"] == "jdoe")

        let entities = try #require(event["entity"]?.arrayValue)
        #expect(entities.map { $0["what"]?["reference"] } == ["Observation/obs-1", "Patient/p7", nil])
        let details = try #require(entities[2]["detail"]?.arrayValue)
        #expect(entities[2]["name"] == "GET /fhir/r4/Observation/obs-1")
        #expect(details.first == .object(["type": "requestId", "valueString": "req-1"]))
    }

    @Test(arguments: [(200, "0"), (302, "0"), (400, "4"), (429, "4"), (500, "8"), (503, "8")])
    func outcomesFollowTheStatusClass(status: Int, outcome: String) {
        #expect(AuditBundle.auditEvent(for: Sample.entry(1, status: status))["outcome"] == .string(outcome))
    }

    @Test func aPatientActorIsReferencedAndAServiceHasNoSecondAgent() {
        var patientApp = Sample.entry(1)
        patientApp.actor = AuditActor.patient("p1")
        var anonymous = Sample.entry(2, clientID: nil)
        anonymous.actor = nil

        let patientAgents = AuditBundle.auditEvent(for: patientApp)["agent"]?.arrayValue ?? []
        #expect(patientAgents.last?["who"]?["reference"] == "Patient/p1")
        #expect(AuditBundle.auditEvent(for: Sample.entry(3))["agent"]?.arrayValue?.count == 1)
        let anonymousAgents = AuditBundle.auditEvent(for: anonymous)["agent"]?.arrayValue ?? []
        #expect(anonymousAgents.map { $0["who"]?["display"] } == ["unauthenticated client"])
    }

    @Test(arguments: [
        ("GET", "/fhir/r4/Patient/a-1", "read", "R"),
        ("GET", "/fhir/r4/Patient/a-1/_history/2", "vread", "R"),
        ("GET", "/fhir/r4/Observation?patient=a-1", "search-type", "E"),
        ("POST", "/fhir/r4/Observation/_search", "search-type", "E"),
        ("GET", "/fhir/r4/Patient/a-1/Observation", "search-type", "E"),
        ("POST", "/fhir/r4/Observation", "create", "C"),
        ("PUT", "/fhir/r4/Observation/o-1", "update", "U"),
        ("PATCH", "/fhir/r4/Observation/o-1", "patch", "U"),
        ("DELETE", "/fhir/r4/Observation/o-1", "delete", "D"),
        ("GET", "/fhir/r4/metadata", "capabilities", "R"),
        ("GET", "/fhir/r4/Patient/a-1/$everything", "operation", "E"),
        ("GET", "/fhir/r4/Patient/_history", "history-type", "R"),
        ("GET", "/fhir/r4/Patient/a-1/_history", "history-instance", "R"),
        ("GET", "/fhir/r4?_type=Patient", "search-system", "E"),
        ("POST", "/fhir/r4", "batch", "E"),
    ])
    func fhirRequestsAreCodedAsTheirRestfulInteraction(method: String, path: String, code: String, action: String) {
        let event = AuditBundle.auditEvent(for: Sample.entry(1, method: method, path: path))
        #expect(event["subtype"]?[0]?["code"] == .string(code))
        #expect(event["action"] == .string(action))
    }

    @Test func otherRequestsAreCodedByTheirHTTPVerb() {
        let token = AuditBundle.auditEvent(for: Sample.entry(1, method: "POST", path: "/oauth2/v1/token"))
        #expect(token["subtype"] == [.object(["system": "http://hl7.org/fhir/http-verb", "code": "POST"])])
        #expect(token["action"] == "E")
        let options = AuditBundle.auditEvent(for: Sample.entry(1, method: "OPTIONS", path: "/anthropic/v1/models"))
        #expect(options["subtype"] == nil)
        #expect(options["action"] == "R")
    }

    @Test func theTableLinesUpItsColumnsAndShowsMissingValuesAsDashes() {
        let text = AuditPrinter(format: .table).render(Self.written(Array(Sample.varied.prefix(5))))
        let lines = text.split(separator: "\n").map(String.init)

        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("SEQ  TIME                      REQUEST  CLIENT  METHOD  STATUS  LATENCY  FAULT"))
        #expect(
            lines[1]
                == "1    2026-01-15T14:00:01.000Z  req-1    a       GET        200    0.0ms  -         /fhir/r4/Patient/p1"
        )
        #expect(
            lines[4]
                == "4    2026-01-15T14:00:04.000Z  req-4    b       GET        503    0.0ms  slow-obs  /fhir/r4/Observation?patient=p2"
        )
        #expect(lines[5].contains("req-5    -       GET"))
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test(arguments: [(Int64(0), "0.0ms"), (49, "0.0ms"), (50, "0.1ms"), (1_234, "1.2ms"), (250_000, "250.0ms")])
    func latenciesPrintAsMillisecondsWithOneDecimal(microseconds: Int64, expected: String) {
        #expect(AuditTable.milliseconds(microseconds) == expected)
    }

    @Test func theBundleFormatIsOneLineOfFHIRJSON() throws {
        let text = AuditPrinter(format: .bundle).render(Self.written(Sample.varied))
        #expect(text.hasSuffix("}\n"))
        #expect(text.dropLast().contains("\n") == false)
        #expect(try JSONValue.parse(String(text.dropLast()))["resourceType"] == "Bundle")
    }
}
