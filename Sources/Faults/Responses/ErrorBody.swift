package import SandboxHTTP
import SandboxSupport

/// Error answers in each family's own shape.
///
/// - FHIR: an OperationOutcome, `application/fhir+json`.
/// - OAuth and the admin API: `{"error": code, "error_description": text}`.
/// - athenaOne v1: `{"error": text, "detailedmessage": text}`.
/// - Anthropic: `{"type": "error", "error": {"type", "message"}, "request_id"}`.
/// - OpenAI: `{"error": {"message", "type", "param", "code"}}`.
/// - Anything else, and `plain`: `text/plain`.
package enum ErrorBody {
    /// The answer for `status` in `format`, for a request with `facts`.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - format: The format; ``ErrorFormat/native`` follows the request's family.
    ///   - message: The words of the error; nil for the status's reason phrase.
    ///   - code: The family's own error code, when the caller knows a better one than the
    ///     status gives: the FHIR issue code, the OAuth `error`, the Anthropic `error.type` or
    ///     the OpenAI `error.code`.
    ///   - facts: The request; its family and request id shape the body.
    /// - Returns: The answer, with its `Content-Type`.
    package static func response(
        status: Int,
        format: ErrorFormat = .native,
        message: String?,
        code: String? = nil,
        facts: RequestFacts
    ) -> HTTPResponse {
        switch format {
        case .native: familyResponse(facts.family, status, message, code, facts)
        case .family(let family): familyResponse(family, status, message, code, facts)
        case .plain: plain(status: status, message: message)
        case .gatewayHTML: gatewayPage(status: status, message: message)
        }
    }

    private static func familyResponse(
        _ family: RouteFamily,
        _ status: Int,
        _ message: String?,
        _ code: String?,
        _ facts: RequestFacts
    ) -> HTTPResponse {
        let text = message ?? StatusPhrase.phrase(for: status)
        switch family {
        case .fhir: return fhir(status: status, text: text, issueCode: code)
        case .oauth, .admin: return oauth(status: status, text: text, error: code)
        case .v1: return v1(status: status, text: text)
        case .anthropic: return anthropic(status: status, text: text, type: code, requestID: facts.requestID)
        case .openai: return openAI(status: status, text: text, code: code)
        case .other: return plain(status: status, message: message)
        }
    }

    /// `{"error": text, "detailedmessage": "503 Service Unavailable"}`.
    static func v1(status: Int, text: String) -> HTTPResponse {
        let body: JSONValue = .object([
            "error": .string(text),
            "detailedmessage": .string("\(status) \(StatusPhrase.phrase(for: status))"),
        ])
        return .json(bytes: body.encodedBytes(), status: status)
    }

    /// The RFC 6749 §5.2 shape, with a code that suits the status unless one is given.
    static func oauth(status: Int, text: String, error: String?) -> HTTPResponse {
        let body: JSONValue = .object([
            "error": .string(error ?? oauthCode(status: status)),
            "error_description": .string(text),
        ])
        var response = HTTPResponse.json(bytes: body.encodedBytes(), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }

    private static func oauthCode(status: Int) -> String {
        switch status {
        case 401: "invalid_client"
        case 403: "access_denied"
        case 429: "rate_limited"
        case 503: "temporarily_unavailable"
        case 500...: "server_error"
        default: "invalid_request"
        }
    }

    static func plain(status: Int, message: String?) -> HTTPResponse {
        .text((message ?? "\(status) \(StatusPhrase.phrase(for: status))") + "\n", status: status)
    }
}
