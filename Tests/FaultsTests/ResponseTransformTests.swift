import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct ResponseTransformTests {
    private let facts = TestRequests.facts("GET", "/fhir/r4/Observation?patient=a-195900.E-1001")

    @Test func malformedJSONNoLongerParsesAndIsTheSameEveryTime() {
        let original = TestRequests.searchset()
        let broken = ResponseTransform.malformedJSON.apply(to: original, facts: facts)
        #expect((try? JSONValue.parse(broken.body)) == nil)
        #expect(broken.body.count == original.body.count / 2 + 1)
        #expect(broken.body.starts(with: original.body.prefix(original.body.count / 2)))
        #expect(ResponseTransform.malformedJSON.apply(to: original, facts: facts).body == broken.body)
        #expect(broken.status == 200)
    }

    @Test func malformedJSONBreaksEvenTinyBodies() {
        for text in ["{}", "1", "[]", ""] {
            let broken = ResponseTransform.malformedJSON.apply(to: .json(bytes: Array(text.utf8)), facts: facts)
            #expect((try? JSONValue.parse(broken.body)) == nil)
        }
    }

    @Test func wrongContentTypeKeepsTheBody() {
        let original = TestRequests.searchset()
        let changed = ResponseTransform.wrongContentType("text/html").apply(to: original, facts: facts)
        #expect(changed.headers["Content-Type"] == "text/html")
        #expect(changed.headers.values(for: "content-type").count == 1)
        #expect(changed.body == original.body)
    }

    @Test func writeErrorButCommittedReplacesASuccessWithTheFamilysError() throws {
        let write = TestRequests.facts("POST", "/fhir/r4/QuestionnaireResponse")
        let created = HTTPResponse.json(
            bytes: Array(#"{"resourceType":"QuestionnaireResponse","id":"q1"}"#.utf8),
            status: 201
        )
        let changed = ResponseTransform.writeErrorButCommitted(ErrorSpec(status: 500)).apply(to: created, facts: write)
        #expect(changed.status == 500)
        #expect(try TestRequests.body(changed)["resourceType"] == "OperationOutcome")
        let v1 = TestRequests.facts("POST", "/v1/195900/chart/1001/problems")
        let v1Changed = ResponseTransform.writeErrorButCommitted(ErrorSpec(status: 500)).apply(to: created, facts: v1)
        #expect(try TestRequests.body(v1Changed)["detailedmessage"] == "500 Internal Server Error")
    }

    @Test func writeErrorButCommittedLeavesAFailedWriteAlone() {
        let refused = HTTPResponse.json(bytes: Array("{}".utf8), status: 422)
        let changed = ResponseTransform.writeErrorButCommitted(ErrorSpec(status: 500)).apply(to: refused, facts: facts)
        #expect(changed.status == 422)
    }
}

@Suite struct SearchsetQuirkTests {
    private let facts = TestRequests.facts("GET", "/fhir/r4/AllergyIntolerance?patient=806")

    @Test func outcomeOnlySearchsetHasOneOutcomeEntryAndNoTotal() throws {
        let changed = ResponseTransform.outcomeOnlySearchset.apply(to: TestRequests.searchset(), facts: facts)
        let bundle = try TestRequests.body(changed)
        #expect(changed.status == 200)
        #expect(changed.headers["Content-Type"] == "application/fhir+json; charset=utf-8")
        #expect(bundle["type"] == "searchset")
        #expect(bundle["total"] == nil)
        #expect(bundle["id"] == "b-1")
        #expect(bundle["link"]?.arrayValue?.map { $0["relation"] } == ["self"])
        let entries = try #require(bundle["entry"]?.arrayValue)
        #expect(entries.count == 1)
        #expect(entries[0]["search"] == .object(["mode": "outcome"]))
        #expect(entries[0]["resource"]?["resourceType"] == "OperationOutcome")
        let issue: JSONValue = [.object(["severity": "error", "code": "invalid"])]
        #expect(entries[0]["resource"]?["issue"]?.canonicalized() == issue.canonicalized())
    }

    @Test func outcomeOnlyFullURLIsAStableUUIDPerRequest() throws {
        func fullURL(_ facts: RequestFacts) throws -> String {
            let changed = ResponseTransform.outcomeOnlySearchset.apply(to: TestRequests.searchset(), facts: facts)
            return try #require(TestRequests.body(changed)["entry"]?[0]?["fullUrl"]?.stringValue)
        }
        let url = try fullURL(facts)
        #expect(url.hasPrefix("urn:uuid:"))
        let uuid = url.dropFirst("urn:uuid:".count)
        #expect(uuid.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(uuid.split(separator: "-")[2].hasPrefix("4"))
        #expect(try fullURL(facts) == url)
        #expect(try fullURL(TestRequests.facts("GET", "/fhir/r4/AllergyIntolerance?patient=807")) != url)
    }

    @Test func outcomeOnlyLeavesErrorsAlone() {
        let unauthorized = HTTPResponse.json(bytes: Array("{}".utf8), status: 401)
        #expect(ResponseTransform.outcomeOnlySearchset.apply(to: unauthorized, facts: facts).status == 401)
    }

    @Test func nextLinkSkipsMovesOnlyTheNextCursor() throws {
        let changed = ResponseTransform.nextLinkSkips(4).apply(to: TestRequests.searchset(next: 13), facts: facts)
        let links = try #require(TestRequests.body(changed)["link"]?.arrayValue)
        #expect(links[1]["url"]?.stringValue?.hasSuffix("&_count=2&cursor=17") == true)
        #expect(links[0]["url"] == "http://127.0.0.1:8080/fhir/r4/Observation?patient=a-195900.E-1001&_count=2")
    }

    @Test func linkRewritesKeepEveryOtherByte() {
        let original = TestRequests.searchset(next: 13, decimal: "5.10")
        let changed = ResponseTransform.nextLinkSkips(4).apply(to: original, facts: facts)
        let text = String(decoding: changed.body, as: UTF8.self)
        let expected = String(decoding: original.body, as: UTF8.self).replacingOccurrences("cursor=13", "cursor=17")
        #expect(text == expected)
        #expect(text.contains(#""value":5.10"#))
    }

    @Test func aLastPageHasNoNextLinkToMove() {
        let lastPage = TestRequests.searchset(next: nil)
        #expect(ResponseTransform.nextLinkSkips(4).apply(to: lastPage, facts: facts).body == lastPage.body)
    }

    @Test func relativeLinksDropTheBase() throws {
        let changed = ResponseTransform.relativeLinks(.relative).apply(to: TestRequests.searchset(), facts: facts)
        let urls = try #require(TestRequests.body(changed)["link"]?.arrayValue?.compactMap { $0["url"]?.stringValue })
        #expect(
            urls == [
                "Observation?patient=a-195900.E-1001&_count=2",
                "Observation?patient=a-195900.E-1001&_count=2&cursor=13",
            ]
        )
    }

    @Test func hostRelativeLinksKeepThePath() throws {
        let changed = ResponseTransform.relativeLinks(.hostRelative).apply(to: TestRequests.searchset(), facts: facts)
        let urls = try #require(TestRequests.body(changed)["link"]?.arrayValue?.compactMap { $0["url"]?.stringValue })
        #expect(urls.allSatisfy { $0.hasPrefix("/fhir/r4/Observation?patient=a-195900.E-1001&_count=2") })
        #expect(urls.count == 2)
    }

    @Test func nonBundlesPassUnchanged() {
        let patient = HTTPResponse.json(bytes: Array(#"{"resourceType":"Patient","id":"p"}"#.utf8))
        #expect(ResponseTransform.relativeLinks(.relative).apply(to: patient, facts: facts).body == patient.body)
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
