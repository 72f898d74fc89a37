import Faults
import SandboxHTTP
import SandboxSupport

/// Builders for the requests, answers and rules the fault tests use.
enum TestRequests {
    /// 2026-01-15T14:00:00Z, the sandbox's starting instant.
    static let start = SimulatedClock.defaultStart

    static func facts(
        _ method: String = "GET",
        _ target: String,
        headers: HTTPHeaders = [:],
        clientID: String? = nil,
        requestID: String = "sbx-000000000001",
        now: Int64 = start
    ) -> RequestFacts {
        let request = HTTPRequest(method: method, target: target, headers: headers, requestID: requestID)
        return RequestFacts.classify(request, clientID: clientID, now: now)
    }

    static func rule(_ json: String) throws -> FaultRule {
        try FaultRule(json: try JSONValue.parse(json))
    }

    static func engine(seed: UInt64 = 0, _ rules: String...) throws -> FaultEngine {
        let engine = FaultEngine(seed: seed)
        for text in rules { engine.add(try rule(text)) }
        return engine
    }

    /// The decision's response, when it is one.
    static func response(_ applied: AppliedFault?) -> HTTPResponse? {
        guard case .respond(let response)? = applied?.decision else { return nil }
        return response
    }

    static func body(_ response: HTTPResponse) throws -> JSONValue {
        try JSONValue.parse(response.body)
    }

    /// A searchset page the way the sandbox writes one: links first, then entries.
    static func searchset(next cursor: Int? = 13, decimal: String = "5.10") -> HTTPResponse {
        let base = "http://127.0.0.1:8080/fhir/r4"
        let nextLink =
            cursor.map {
                #",{"relation":"next","url":"\#(base)/Observation?patient=a-195900.E-1001&_count=2&cursor=\#($0)"}"#
            } ?? ""
        let text = """
            {"resourceType":"Bundle","id":"b-1","meta":{"lastUpdated":"2026-01-15T14:00:00.000+00:00"},\
            "type":"searchset","total":5,"link":[{"relation":"self",\
            "url":"\(base)/Observation?patient=a-195900.E-1001&_count=2"}\(nextLink)],\
            "entry":[{"fullUrl":"\(base)/Observation/o-1","resource":{"resourceType":"Observation","id":"o-1",\
            "valueQuantity":{"value":\(decimal)}},"search":{"mode":"match"}}]}
            """
        return HTTPResponse.json(bytes: Array(text.utf8), contentType: "application/fhir+json; charset=utf-8")
    }
}
