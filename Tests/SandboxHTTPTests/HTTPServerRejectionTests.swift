import Testing

@testable import SandboxHTTP

/// Live tests of requests the server refuses on its own, answered in the format of their API.
@Suite struct HTTPServerRejectionTests {
    /// A router that answers refusals of `/fhir/` paths with JSON and others as plain text.
    private var router: Router {
        var router = Router()
        router.get("/fhir/r4/Patient") { _, _ in .text("searched") }
        router.rejected = { request, status, reason in
            guard request.path.hasPrefix("/fhir/") else { return .text(reason + "\n", status: status) }
            let json = #"{"resourceType":"OperationOutcome","issue":[{"diagnostics":"\#(reason)"}]}"#
            return .json(bytes: Array(json.utf8), status: status, contentType: "application/fhir+json")
        }
        return router
    }

    private func expectOperationOutcome(_ response: RawResponse, status: Int, id: String) {
        #expect(response.status == status)
        #expect(response.headers["Content-Type"] == "application/fhir+json")
        #expect(response.text.hasPrefix(#"{"resourceType":"OperationOutcome""#))
        #expect(response.headers["X-Request-Id"] == id)
        #expect(response.headers["Access-Control-Allow-Origin"] == "http://app.test")
    }

    @Test func aBodyTooLargeOnAFHIRPathGetsAnOperationOutcome() throws {
        try withLiveServer(responder: router, maximumBodySize: 100) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest(
                "POST",
                "/fhir/r4/Patient",
                headers: ["Origin: http://app.test", "X-Request-Id: big-1"],
                body: [UInt8](repeating: 0x41, count: 500)
            )
            expectOperationOutcome(try connection.readResponse(), status: 413, id: "big-1")
        }
    }

    @Test func aTargetTooLongOnAFHIRPathGetsAnOperationOutcome() throws {
        let query = "name=" + String(repeating: "n", count: HTTPServer.Configuration().maximumTargetLength)
        try withLiveServer(responder: router) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/fhir/r4/Patient?" + query, headers: ["Origin: http://app.test"])
            expectOperationOutcome(try connection.readResponse(), status: 414, id: "sbx-000000000001")
        }
    }

    @Test func aTargetTooLongElsewhereGetsTheRoutersPlainText() throws {
        let path = "/files/" + String(repeating: "f", count: HTTPServer.Configuration().maximumTargetLength)
        try withLiveServer(responder: router) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", path)
            let response = try connection.readResponse()
            #expect(response.status == 414)
            #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
            #expect(response.text == "Request target exceeds \(HTTPServer.Configuration().maximumTargetLength) bytes\n")
        }
    }
}
