import Athena
import Authorization
import SandboxHTTP
import SandboxSupport

/// The one router every route family hangs off, with the fallbacks each family answers in its
/// own format.
enum SandboxRoutes {
    static func makeRouter(fhir: FHIRAPI, oauth: OAuthServer) -> Router {
        var router = Router(notFound: notFound, methodNotAllowed: methodNotAllowed, rejected: rejected)
        fhir.register(on: &router)
        oauth.register(on: &router)
        oauth.registerAdmin(on: &router)
        router.get("/") { request, _ in index() }
        return router
    }

    private static func notFound(_ request: HTTPRequest) -> HTTPResponse {
        switch Family(request) {
        case .fhir: return FHIRAPI.notFound(request)
        case .oauth, .admin:
            return oauthStyle(404, "invalid_request", "No endpoint answers \(request.method) on this path")
        case .other:
            // athenaOne's gateway answers unrouted paths with a short message of its own.
            let body: JSONValue = .object(["error": "Service not registered with API gateway."])
            return .json(bytes: body.encodedBytes(), status: 404)
        }
    }

    /// Requests the HTTP layer refuses before routing (413, 414), in the format of their API.
    private static func rejected(_ request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        switch Family(request) {
        case .fhir: return FHIRResponse.outcome(status, code: status == 413 ? "too-long" : "invalid", reason)
        case .oauth, .admin: return oauthStyle(status, "invalid_request", reason)
        case .other: return .json(bytes: JSONValue.object(["error": .string(reason)]).encodedBytes(), status: status)
        }
    }

    private static func methodNotAllowed(_ request: HTTPRequest) -> HTTPResponse {
        let message = "\(request.method) is not offered on this path"
        switch Family(request) {
        case .fhir: return FHIRResponse.outcome(405, code: "not-supported", message)
        case .oauth, .admin: return oauthStyle(405, "invalid_request", message)
        case .other: return .json(bytes: JSONValue.object(["error": .string(message)]).encodedBytes(), status: 405)
        }
    }

    /// `{"error": ..., "error_description": ...}`, the OAuth 2.0 error shape, also used by `/_sandbox`.
    private static func oauthStyle(_ status: Int, _ error: String, _ description: String) -> HTTPResponse {
        let body: JSONValue = .object(["error": .string(error), "error_description": .string(description)])
        var response = HTTPResponse.json(bytes: body.encodedBytes(), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        return response
    }

    private static func index() -> HTTPResponse {
        let body: JSONValue = .object([
            "name": "Athena Sandbox",
            "fhir": .string(FHIRAPI.basePath),
            "metadata": .string(FHIRAPI.basePath + "/metadata"),
            "oauth": "/oauth2/v1",
            "admin": "/_sandbox",
        ])
        return .json(bytes: body.encodedBytes())
    }

    /// Which API a path belongs to, for the format of its errors.
    enum Family {
        case fhir, oauth, admin, other

        init(_ request: HTTPRequest) {
            let path = request.path
            if path == FHIRAPI.basePath || path.hasPrefix(FHIRAPI.basePath + "/") {
                self = .fhir
            } else if path.hasPrefix("/oauth2/") {
                self = .oauth
            } else if path == "/_sandbox" || path.hasPrefix("/_sandbox/") {
                self = .admin
            } else {
                self = .other
            }
        }
    }
}
