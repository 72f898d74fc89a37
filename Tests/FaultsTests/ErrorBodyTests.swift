import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct ErrorBodyTests {
    private func answer(
        _ status: Int,
        _ format: ErrorFormat = .native,
        message: String? = nil,
        target: String
    ) -> HTTPResponse {
        ErrorSpec(status: status, format: format, message: message).response(for: TestRequests.facts("POST", target))
    }

    @Test func fhirErrorsAreOperationOutcomes() throws {
        let response = answer(503, message: "down for a moment", target: "/fhir/r4/Patient")
        let body = try TestRequests.body(response)
        #expect(response.status == 503)
        #expect(response.headers["Content-Type"] == "application/fhir+json; charset=utf-8")
        #expect(body["resourceType"] == "OperationOutcome")
        let issue = try #require(body["issue"]?[0])
        #expect(issue["code"] == "transient")
        #expect(issue["severity"] == "fatal")
        #expect(issue["details"]?["text"] == "down for a moment")
    }

    @Test(arguments: [(400, "invalid"), (404, "not-found"), (429, "throttled"), (500, "exception"), (504, "timeout")])
    func fhirIssueCodeFollowsTheStatus(status: Int, code: String) throws {
        let body = try TestRequests.body(answer(status, target: "/fhir/r4/Patient"))
        #expect(body["issue"]?[0]?["code"] == .string(code))
    }

    @Test func oauthErrorsUseTheRFC6749Shape() throws {
        let response = answer(503, target: "/oauth2/v1/token")
        let body = try TestRequests.body(response)
        #expect(body == .object(["error": "temporarily_unavailable", "error_description": "Service Unavailable"]))
        #expect(response.headers["Cache-Control"] == "no-store")
    }

    @Test func v1ErrorsCarryErrorAndDetailedMessage() throws {
        let response = answer(500, message: "Practice is not configured correctly.", target: "/v1/195900/patients")
        let body = try TestRequests.body(response)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(body["error"] == "Practice is not configured correctly.")
        #expect(body["detailedmessage"] == "500 Internal Server Error")
        #expect(body.members?.count == 2)
    }

    @Test(arguments: [
        (400, "invalid_request_error"), (401, "authentication_error"), (403, "permission_error"),
        (404, "not_found_error"), (413, "request_too_large"), (429, "rate_limit_error"), (500, "api_error"),
        (529, "overloaded_error"), (422, "invalid_request_error"), (502, "api_error"),
    ])
    func anthropicErrorTypeFollowsTheStatus(status: Int, type: String) throws {
        let response = answer(status, target: "/anthropic/v1/messages")
        let body = try TestRequests.body(response)
        #expect(body["type"] == "error")
        #expect(body["error"]?["type"] == .string(type))
        #expect(body["error"]?["message"]?.stringValue?.isEmpty == false)
        #expect(body["request_id"] == "sbx-000000000001")
        #expect(response.headers["request-id"] == "sbx-000000000001")
    }

    @Test func anthropicOverloadSaysToRetry() {
        let response = answer(529, target: "/anthropic/v1/messages")
        #expect(response.headers["x-should-retry"] == "true")
        #expect(answer(500, target: "/anthropic/v1/messages").headers["x-should-retry"] == nil)
    }

    @Test func openAIErrorsHaveMessageTypeParamAndCode() throws {
        let body = try TestRequests.body(answer(500, message: "boom", target: "/openai/v1/chat/completions"))
        let error = try #require(body["error"])
        #expect(error["message"] == "boom")
        #expect(error["type"] == "server_error")
        #expect(error["param"] == .null)
        #expect(error["code"] == .null)
        #expect(body.members?.count == 1)
        let throttled = try TestRequests.body(answer(429, target: "/openai/v1/chat/completions"))
        #expect(throttled["error"]?["code"] == "rate_limit_exceeded")
    }

    @Test func plainIsTextWhateverTheFamily() {
        let response = answer(503, .plain, target: "/fhir/r4/Patient")
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(String(decoding: response.body, as: UTF8.self) == "503 Service Unavailable\n")
    }

    @Test func gatewayHTMLIsAPageWithTheStatus() {
        let response = answer(502, .gatewayHTML, message: "upstream <gone>", target: "/anthropic/v1/messages")
        let page = String(decoding: response.body, as: UTF8.self)
        #expect(response.status == 502)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(page.contains("<title>502 Bad Gateway</title>"))
        #expect(page.contains("upstream &lt;gone&gt;"))
        #expect((try? JSONValue.parse(response.body)) == nil)
    }

    @Test func anExplicitFamilyFormatOverridesTheRequestsFamily() throws {
        let response = answer(400, .family(.anthropic), target: "/fhir/r4/Patient")
        let body = try TestRequests.body(response)
        #expect(body["error"]?["type"] == "invalid_request_error")
    }

    @Test func otherPathsGetPlainText() {
        let response = answer(500, target: "/")
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
    }
}
