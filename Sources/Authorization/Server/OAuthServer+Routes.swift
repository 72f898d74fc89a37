package import SandboxHTTP

/// Where the server's handlers hang on a router.
extension OAuthServer {
    /// The path every OAuth endpoint lives under.
    package static let basePath = "/oauth2/v1"

    /// Registers the OAuth endpoints and the FHIR base's SMART discovery document:
    ///
    /// - `POST /oauth2/v1/token`
    /// - `GET`, `POST /oauth2/v1/authorize`, and `POST /oauth2/v1/authorize/decision`
    /// - `GET`, `POST /oauth2/v1/introspect`; `POST /oauth2/v1/revoke`; `GET /oauth2/v1/keys`
    /// - `GET /oauth2/v1/.well-known/openid-configuration` (OpenID Connect Discovery)
    /// - `GET /fhir/r4/.well-known/smart-configuration`
    package func register(on router: inout Router) {
        let base = Self.basePath
        router.post(base + "/token") { request, _ in self.token(request) }
        router.get(base + "/authorize") { request, _ in self.authorize(request) }
        router.post(base + "/authorize") { request, _ in self.authorize(request) }
        router.post(base + "/authorize/decision") { request, _ in self.decide(request) }
        router.get(base + "/introspect") { request, _ in self.introspect(request) }
        router.post(base + "/introspect") { request, _ in self.introspect(request) }
        router.post(base + "/revoke") { request, _ in self.revoke(request) }
        router.get(base + "/keys") { request, _ in self.keys(request) }
        router.get(base + "/.well-known/openid-configuration") { request, _ in self.openIDConfiguration(request) }
        router.get("/fhir/r4/.well-known/smart-configuration") { request, _ in self.smartConfiguration(request) }
    }

    /// Registers the admin routes: `/_sandbox/clients` (`GET`, `POST`),
    /// `/_sandbox/clients/:id` (`GET`, `PUT`, `DELETE`) and `POST /_sandbox/launches`.
    package func registerAdmin(on router: inout Router) {
        let admin = ClientAdminAPI(registry: clients, tokens: tokens, users: users)
        router.get("/_sandbox/clients") { request, _ in admin.list(request) }
        router.post("/_sandbox/clients") { request, _ in admin.create(request) }
        router.get("/_sandbox/clients/:id") { request, match in
            Self.withID(match) { admin.read(request, id: $0) }
        }
        router.add("PUT", "/_sandbox/clients/:id") { request, match in
            Self.withID(match) { admin.replace(request, id: $0) }
        }
        router.add("DELETE", "/_sandbox/clients/:id") { request, match in
            Self.withID(match) { admin.delete(request, id: $0) }
        }
        router.post("/_sandbox/launches") { request, _ in self.createLaunch(request) }
    }

    /// Runs `body` with the decoded `:id`, or answers 400 for a malformed escape.
    private static func withID(_ match: RouteMatch, _ body: (String) -> HTTPResponse) -> HTTPResponse {
        guard let raw = match["id"], let id = HTTPRequest.percentDecode(raw) else {
            return AdminResponse.error(400, "invalid_request", "the client id in the path is malformed")
        }
        return body(id)
    }
}
