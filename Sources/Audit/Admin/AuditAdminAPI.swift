package import SandboxHTTP
import SandboxSupport

/// The `/_sandbox/audit` admin routes: read the log with filters, or clear it.
///
/// - `GET /_sandbox/audit?status=4xx&client=0oa1&format=bundle`: the matching entries, as JSON
///   lines (`format=jsonl`, the default, `application/x-ndjson`) or as a FHIR `Bundle` of
///   `AuditEvent`s (`format=bundle`, `application/fhir+json`). The filter parameters are
///   those of ``AuditFilter/init(parameters:)``. The query flushes the log first, so it sees
///   every request answered before it.
/// - `DELETE /_sandbox/audit`: removes every entry; 204.
///
/// A malformed query, an unknown parameter or a bad value is a 400 with
/// `{"error": "invalid_request", "error_description": ...}`.
package struct AuditAdminAPI: Sendable {
    /// The path both routes live at.
    package static let path = "/_sandbox/audit"

    package let log: AuditLog

    package init(log: AuditLog) {
        self.log = log
    }

    /// Registers `GET` (and so `HEAD`) and `DELETE` on ``path``.
    package func register(on router: inout Router) {
        router.get(Self.path) { request, _ in self.list(request) }
        router.add("DELETE", Self.path) { request, _ in self.clear(request) }
    }

    /// `GET /_sandbox/audit`.
    func list(_ request: HTTPRequest) -> HTTPResponse {
        guard var items = request.queryItems() else {
            return Self.error(400, "invalid_request", "the query string has a malformed percent escape")
        }
        let formats = items.filter { $0.name == "format" }.map(\.value)
        items.removeAll { $0.name == "format" }
        guard formats.count <= 1, let format = Self.format(formats.first ?? "jsonl") else {
            return Self.error(400, "invalid_request", "'format' must be given once, as jsonl or bundle")
        }

        let filter: AuditFilter
        do {
            filter = try AuditFilter(parameters: items)
        } catch {
            return Self.error(400, "invalid_request", error.description)
        }
        do {
            return Self.response(try log.entries(matching: filter), format: format)
        } catch {
            return Self.error(500, "server_error", "the audit log could not be read")
        }
    }

    /// `DELETE /_sandbox/audit`.
    func clear(_ request: HTTPRequest) -> HTTPResponse {
        do {
            try log.clear()
            return .empty(status: 204)
        } catch {
            return Self.error(500, "server_error", "the audit log could not be cleared")
        }
    }

    private static func format(_ text: String) -> AuditPrinter.Format? {
        switch text {
        case "jsonl": .jsonl
        case "bundle": .bundle
        default: nil
        }
    }

    private static func response(_ entries: [AuditEntry], format: AuditPrinter.Format) -> HTTPResponse {
        var response: HTTPResponse =
            switch format {
            case .bundle:
                .json(bytes: AuditBundle.make(from: entries).encodedBytes(), contentType: AuditBundle.contentType)
            default:
                .json(bytes: AuditJSONLines.encode(entries), contentType: AuditJSONLines.contentType)
            }
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `{"error": code, "error_description": description}` with `status`.
    static func error(_ status: Int, _ code: String, _ description: String) -> HTTPResponse {
        let body: JSONValue = .object(["error": .string(code), "error_description": .string(description)])
        var response = HTTPResponse.json(bytes: body.encodedBytes(), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }
}
