import SandboxHTTP
import SandboxSupport

/// JSON answers and request bodies of the `/_sandbox/...` routes this module serves.
///
/// Errors are `{"error": code, "error_description": text}` with 400, 404 or 405; no input makes
/// these routes answer 5xx.
enum AdminJSON {
    static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        var response = HTTPResponse.json(bytes: value.encodedBytes(), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }

    static func error(_ status: Int, _ code: String, _ description: String) -> HTTPResponse {
        json(.object(["error": .string(code), "error_description": .string(description)]), status: status)
    }

    /// The 400 or 404 answer for a ``FaultsError``.
    static func failure(_ error: FaultsError) -> HTTPResponse {
        error.isUnknownID ? self.error(404, "not_found", error.description) : invalid(error.description)
    }

    static func invalid(_ description: String) -> HTTPResponse {
        error(400, "invalid_request", description)
    }

    /// The request's body as a JSON object, whatever its `Content-Type` says (a plain
    /// `curl -d` sends a form type).
    static func object(of request: HTTPRequest) throws(FaultsError) -> JSONValue {
        guard !request.body.isEmpty else { throw .notJSON("it is empty; send a JSON object") }
        let value: JSONValue
        do {
            value = try JSONValue.parse(request.body)
        } catch {
            throw .notJSON(error.message)
        }
        guard case .object = value else { throw .invalidField("body", "must be a JSON object") }
        return value
    }

    /// The decoded `:id` of a route, or nil when its escapes are malformed.
    static func id(_ match: RouteMatch) -> String? {
        match["id"].flatMap { HTTPRequest.percentDecode($0) }
    }

    /// Registers a 405 answer, with `Allow`, for the common methods `pattern` does not serve.
    static func refuseOtherMethods(on router: inout Router, _ pattern: String, allowed: [String]) {
        let allow = (allowed.contains("GET") ? ["GET", "HEAD"] : []) + allowed.filter { $0 != "GET" }
        for method in ["GET", "POST", "PUT", "PATCH", "DELETE"] where !allowed.contains(method) {
            router.add(method, pattern) { request, _ in
                var response = error(405, "method_not_allowed", "\(request.method) is not allowed on this path")
                response.headers.replaceOrAdd(name: "Allow", value: allow.joined(separator: ", "))
                return response
            }
        }
    }
}
