import SandboxHTTP
import SandboxSupport

/// Keeps web pages away from the admin API (`/_sandbox`), which needs no credentials on loopback.
///
/// A page a developer visits could otherwise call it from the browser: read client secrets,
/// register clients, change faults. The guard refuses any `/_sandbox` request that carries an
/// `Origin` (browsers send one on cross-origin calls; command-line tools and test code do not)
/// or a `Host` that is not a loopback name (which DNS rebinding would need).
struct AdminGuard: HTTPResponder {
    let wrapped: any HTTPResponder

    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard SandboxRoutes.Family(request) == .admin, let refusal = Self.refusal(for: request) else {
            return wrapped.respond(to: request)
        }
        let body: JSONValue = .object(["error": "access_denied", "error_description": .string(refusal)])
        return .json(bytes: body.encodedBytes(), status: 403)
    }

    func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        wrapped.respond(toRejected: request, status: status, reason: reason)
    }

    static func refusal(for request: HTTPRequest) -> String? {
        if request.headers["Origin"] != nil {
            return "The admin API does not answer requests from web pages (a request with an Origin header)"
        }
        guard let host = request.headers["Host"], isLoopback(host) else {
            return "The admin API answers only requests addressed to a loopback host name"
        }
        return nil
    }

    /// `127.0.0.1`, `localhost`, `[::1]` and other 127/8 addresses, with or without a port.
    static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            return name.hasPrefix("[::1]")
        }
        if let colon = name.lastIndex(of: ":") { name = String(name[..<colon]) }
        if name == "localhost" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
