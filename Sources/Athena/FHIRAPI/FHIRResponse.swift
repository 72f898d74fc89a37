package import FHIR
package import SandboxHTTP
import SandboxStore
import SandboxSupport

/// The shapes of FHIR answers: resources, bundles and OperationOutcomes, all as
/// `application/fhir+json`.
package enum FHIRResponse {
    package static let contentType = "application/fhir+json; charset=utf-8"

    /// An OperationOutcome with one issue, at `status`.
    package static func outcome(
        _ status: Int,
        code: String,
        _ diagnostics: String,
        severity: OperationOutcome.Severity = .error
    ) -> HTTPResponse {
        outcome(status, OperationOutcome(severity: severity, code: code, diagnostics: diagnostics))
    }

    package static func outcome(_ status: Int, _ outcome: OperationOutcome) -> HTTPResponse {
        HTTPResponse.json(bytes: outcome.bytes, status: status, contentType: contentType)
    }

    /// A stored resource, served as its stored bytes with `ETag` and `Last-Modified`.
    static func resource(_ resource: StoredResource, offsetMinutes: Int) -> HTTPResponse {
        var response = HTTPResponse.json(bytes: resource.json, contentType: contentType)
        response.headers.add(name: "ETag", value: "W/\"\(resource.versionID)\"")
        if let range = DateRange(fhir: resource.lastUpdated, defaultOffsetMinutes: offsetMinutes) {
            response.headers.add(name: "Last-Modified", value: HTTPDate.format(milliseconds: range.low))
        }
        return response
    }

    static func bytes(_ bytes: [UInt8]) -> HTTPResponse {
        HTTPResponse.json(bytes: bytes, contentType: contentType)
    }
}
