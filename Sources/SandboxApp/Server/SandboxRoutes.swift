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

    private static func isFHIR(_ request: HTTPRequest) -> Bool {
        request.path == FHIRAPI.basePath || request.path.hasPrefix(FHIRAPI.basePath + "/")
    }

    private static func notFound(_ request: HTTPRequest) -> HTTPResponse {
        if isFHIR(request) { return FHIRAPI.notFound(request) }
        // athenaOne's gateway answers unrouted paths with a short message of its own.
        let body: JSONValue = .object(["error": "Service not registered with API gateway."])
        return .json(bytes: body.encodedBytes(), status: 404)
    }

    /// Requests the HTTP layer refuses before routing (413, 414), in the format of their API.
    private static func rejected(_ request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        if isFHIR(request) {
            return FHIRResponse.outcome(status, code: status == 413 ? "too-long" : "invalid", reason)
        }
        let body: JSONValue = .object(["error": .string(reason)])
        return .json(bytes: body.encodedBytes(), status: status)
    }

    private static func methodNotAllowed(_ request: HTTPRequest) -> HTTPResponse {
        if isFHIR(request) {
            return FHIRResponse.outcome(405, code: "not-supported", "\(request.method) is not offered on this path")
        }
        let body: JSONValue = .object(["error": .string("\(request.method) is not allowed on this path")])
        return .json(bytes: body.encodedBytes(), status: 405)
    }

    private static func index() -> HTTPResponse {
        let body: JSONValue = .object([
            "name": "Athena Sandbox",
            "fhir": .string(FHIRAPI.basePath),
            "metadata": .string(FHIRAPI.basePath + "/metadata"),
        ])
        return .json(bytes: body.encodedBytes())
    }
}
