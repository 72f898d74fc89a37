import SandboxHTTP
import SandboxSupport

/// JSON answers of the `/_sandbox/...` admin routes.
enum AdminResponse {
    static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        var response = HTTPResponse.json(bytes: value.encodedBytes(), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }

    /// `{"error": code, "error_description": description}`.
    static func error(_ status: Int, _ code: String, _ description: String) -> HTTPResponse {
        json(.object(["error": .string(code), "error_description": .string(description)]), status: status)
    }

    /// The request's JSON body, or the 400 answer explaining why there is none.
    static func body(of request: HTTPRequest) -> Result<JSONValue, AdminFailure> {
        guard request.mediaType == "application/json" || request.mediaType == nil else {
            return .failure(AdminFailure(error(415, "invalid_request", "the body must be application/json")))
        }
        do {
            return .success(try JSONValue.parse(request.body))
        } catch {
            return .failure(
                AdminFailure(AdminResponse.error(400, "invalid_request", "the body is not JSON: \(error.message)"))
            )
        }
    }
}

/// An admin request that already has its error answer.
struct AdminFailure: Error {
    let response: HTTPResponse

    init(_ response: HTTPResponse) {
        self.response = response
    }
}
