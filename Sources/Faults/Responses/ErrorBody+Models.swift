import SandboxHTTP
import SandboxSupport

extension ErrorBody {
    /// `{"type": "error", "error": {"type", "message"}, "request_id"}`, with the request id also
    /// in a `request-id` header, where the Anthropic SDKs read it.
    ///
    /// A 529 also carries `x-should-retry: true`, as the real API sends with it.
    static func anthropic(status: Int, text: String, type: String?, requestID: String) -> HTTPResponse {
        let body: JSONValue = .object([
            "type": "error",
            "error": .object(["type": .string(type ?? anthropicType(status: status)), "message": .string(text)]),
            "request_id": requestID.isEmpty ? nil : .string(requestID),
        ])
        var response = HTTPResponse.json(bytes: body.encodedBytes(), status: status)
        if !requestID.isEmpty { response.headers.add(name: "request-id", value: requestID) }
        if status == 529 { response.headers.add(name: "x-should-retry", value: "true") }
        return response
    }

    /// The Anthropic `error.type` for a status; other 4xx are `invalid_request_error` and other
    /// 5xx `api_error`.
    package static func anthropicType(status: Int) -> String {
        switch status {
        case 401: "authentication_error"
        case 402: "billing_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 409: "conflict_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 504: "timeout_error"
        case 529: "overloaded_error"
        case 500...: "api_error"
        default: "invalid_request_error"
        }
    }

    /// `{"error": {"message", "type", "param": null, "code"}}`.
    static func openAI(status: Int, text: String, code: String?) -> HTTPResponse {
        let (type, defaultCode) = openAIKind(status: status)
        let body: JSONValue = .object([
            "error": .object([
                "message": .string(text),
                "type": .string(type),
                "param": .null,
                "code": (code ?? defaultCode).map(JSONValue.string) ?? .null,
            ])
        ])
        return .json(bytes: body.encodedBytes(), status: status)
    }

    /// The OpenAI `error.type` and default `error.code` for a status.
    private static func openAIKind(status: Int) -> (type: String, code: String?) {
        switch status {
        case 401: ("invalid_request_error", "invalid_api_key")
        case 403: ("invalid_request_error", "permission_denied")
        case 404: ("invalid_request_error", "not_found")
        case 429: ("requests", "rate_limit_exceeded")
        case 500...: ("server_error", nil)
        default: ("invalid_request_error", nil)
        }
    }
}
