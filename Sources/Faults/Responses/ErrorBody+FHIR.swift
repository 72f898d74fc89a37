import SandboxHTTP
import SandboxSupport

extension ErrorBody {
    /// The FHIR content type every FHIR answer carries.
    static let fhirContentType = "application/fhir+json; charset=utf-8"

    /// An OperationOutcome with one issue, whose code suits the status unless one is given.
    static func fhir(status: Int, text: String, issueCode: String?) -> HTTPResponse {
        let issue: JSONValue = .object([
            "severity": .string(status >= 500 ? "fatal" : "error"),
            "code": .string(issueCode ?? fhirIssueCode(status: status)),
            "details": .object(["text": .string(text)]),
            "diagnostics": .string(text),
        ])
        let outcome: JSONValue = .object(["resourceType": "OperationOutcome", "issue": .array([issue])])
        return .json(bytes: outcome.canonicalBytes(), status: status, contentType: fhirContentType)
    }

    /// The FHIR issue type (`http://hl7.org/fhir/issue-type`) closest to an HTTP status.
    static func fhirIssueCode(status: Int) -> String {
        switch status {
        case 401: "login"
        case 403: "forbidden"
        case 404: "not-found"
        case 405, 501: "not-supported"
        case 408, 504: "timeout"
        case 409: "conflict"
        case 410: "deleted"
        case 413: "too-costly"
        case 422: "processing"
        case 429: "throttled"
        case 502, 503: "transient"
        case 500...: "exception"
        default: "invalid"
        }
    }
}
