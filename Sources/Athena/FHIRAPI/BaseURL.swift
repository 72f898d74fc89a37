import SandboxHTTP

/// The absolute URL of one of the sandbox's APIs as the client reached it; see
/// `HTTPRequest.externalBaseURL(fallbackHost:)`.
enum BaseURL {
    static func of(_ request: HTTPRequest, fallbackHost: String, path: String) -> String {
        request.externalBaseURL(fallbackHost: fallbackHost) + path
    }
}
