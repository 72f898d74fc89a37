import SandboxHTTP
import SandboxSupport
import Testing

@testable import Audit

@Suite struct AuditAdminAPITests {
    /// A router with the audit routes over a log holding ``Sample/varied``.
    private final class Harness: Sendable {
        let file = TemporaryAuditFile()
        let log: AuditLog
        let router: Router

        init() throws {
            log = try file.makeLog()
            Sample.varied.forEach(log.record)
            var router = Router()
            AuditAdminAPI(log: log).register(on: &router)
            self.router = router
        }

        deinit {
            log.close()
        }

        func send(_ method: String, _ target: String) -> HTTPResponse {
            router.respond(to: HTTPRequest(method: method, target: target))
        }

        /// The request ids of a JSON lines answer.
        func requestIDs(_ target: String) throws -> [String] {
            let response = send("GET", target)
            try #require(response.status == 200)
            let lines = String(decoding: response.body, as: UTF8.self).split(separator: "\n")
            return try lines.map { try JSONValue.parse(String($0))["requestId"]?.stringValue ?? "" }
        }
    }

    @Test func withoutParametersEveryEntryComesAsJSONLines() throws {
        let harness = try Harness()
        let response = harness.send("GET", "/_sandbox/audit")

        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/x-ndjson")
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(try harness.requestIDs("/_sandbox/audit") == (1...8).map { "req-\($0)" })
    }

    @Test(arguments: [
        ("after=6", [7, 8]),
        ("since=2026-01-15T14:00:07Z", [7, 8]),
        ("until=2026-01-15T09:00:02-05:00", [1, 2]),
        ("since=2026-01-15T19:30:03%2B05:30&until=2026-01-15T19:30:04+05:30", [3, 4]),
        ("client=b", [3, 4, 7]),
        ("family=oauth", [3]),
        ("method=delete", [7]),
        ("status=4xx", [3, 6, 8]),
        ("status=503", [4]),
        ("path=%2Ffhir%2Fr4%2FPatient", [1, 8]),
        ("patient=p2", [4, 8]),
        ("requestId=req-5", [5]),
        ("fault=any", [4, 6]),
        ("fault=none&family=fhir", [1, 2, 5, 8]),
        ("fault=rate-1", [6]),
        ("limit=2&after=1", [2, 3]),
        ("client=a&status=2xx&format=jsonl", [1, 2]),
    ])
    func queryParametersFilterTheEntries(query: String, expected: [Int]) throws {
        let harness = try Harness()
        #expect(try harness.requestIDs("/_sandbox/audit?\(query)") == expected.map { "req-\($0)" })
    }

    @Test func theBundleFormatAnswersWithFHIRJSON() throws {
        let harness = try Harness()
        let response = harness.send("GET", "/_sandbox/audit?format=bundle&status=5xx")

        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/fhir+json")
        let bundle = try JSONValue.parse(response.body)
        #expect(bundle["type"] == "collection")
        let events = try #require(bundle["entry"]?.arrayValue)
        #expect(events.map { $0["resource"]?["id"] } == ["audit-4"])
        #expect(events.first?["resource"]?["outcome"] == "8")
    }

    @Test(arguments: [
        "status=abc", "status=4x", "after=-3", "limit=0", "limit=lots", "since=yesterday",
        "until=2026-01-15T14:00:00", "format=xml", "format=jsonl&format=bundle", "colour=red",
        "client=a&client=b", "path=%zz", "since=%E2%82",
    ])
    func badParametersAreA400WithAnOAuthStyleError(query: String) throws {
        let harness = try Harness()
        let response = harness.send("GET", "/_sandbox/audit?\(query)")

        #expect(response.status == 400)
        #expect(response.headers["Content-Type"] == "application/json")
        let body = try JSONValue.parse(response.body)
        #expect(body["error"] == "invalid_request")
        #expect(body["error_description"]?.stringValue?.isEmpty == false)
    }

    @Test func deleteClearsTheLogAndLaterRequestsAreKept() throws {
        let harness = try Harness()

        #expect(harness.send("DELETE", "/_sandbox/audit").status == 204)
        #expect(try harness.requestIDs("/_sandbox/audit").isEmpty)

        harness.log.record(Sample.entry(9))
        let after = try harness.requestIDs("/_sandbox/audit")
        #expect(after == ["req-9"])
        let sequence = try JSONValue.parse(harness.send("GET", "/_sandbox/audit").body)["sequence"]
        #expect(sequence == 9)
    }

    @Test func otherMethodsAreNotAllowed() throws {
        let harness = try Harness()
        let response = harness.send("POST", "/_sandbox/audit")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD, DELETE")
    }
}
