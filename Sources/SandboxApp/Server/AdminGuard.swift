import SandboxCrypto
import SandboxHTTP
import SandboxSupport

/// Keeps the admin API (`/_sandbox`) for the people running the sandbox.
///
/// On loopback it needs no credentials, so the guard refuses what a web page could send: any
/// request that carries an `Origin` (browsers add one to cross-origin calls; command-line tools
/// and test code do not), and any `Host` that is not a loopback name (which DNS rebinding would
/// need). When the server listens on another address, every admin request must also carry the
/// admin token as `X-Sandbox-Admin-Token` or `Authorization: Bearer`.
struct AdminGuard: HTTPResponder {
    static let tokenHeader = "X-Sandbox-Admin-Token"

    let wrapped: any HTTPResponder
    /// The token admin requests must carry, or `nil` on loopback.
    let adminToken: String?

    init(wrapped: any HTTPResponder, adminToken: String? = nil) {
        self.wrapped = wrapped
        self.adminToken = adminToken
    }

    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard SandboxRoutes.Family(request) == .admin, let refusal = refusal(for: request) else {
            return wrapped.respond(to: request)
        }
        let body: JSONValue = .object(["error": "access_denied", "error_description": .string(refusal.reason)])
        return .json(bytes: body.encodedBytes(), status: refusal.status)
    }

    func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        wrapped.respond(toRejected: request, status: status, reason: reason)
    }

    func refusal(for request: HTTPRequest) -> (status: Int, reason: String)? {
        if request.headers["Origin"] != nil {
            return (403, "The admin API does not answer requests from web pages (a request with an Origin header)")
        }
        guard let adminToken else {
            guard let host = request.headers["Host"], Self.isLoopback(host) else {
                return (403, "The admin API answers only requests addressed to a loopback host name")
            }
            return nil
        }
        let bearer = request.headers["Authorization"].flatMap { header in
            header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : nil
        }
        guard let given = request.headers[Self.tokenHeader] ?? bearer,
            ConstantTime.isEqual(Array(given.utf8), Array(adminToken.utf8))
        else {
            return (401, "Off loopback, the admin API needs the admin token in \(Self.tokenHeader)")
        }
        return nil
    }

    /// `127.0.0.1`, `localhost`, `[::1]` and other 127/8 addresses, with or without a port.
    static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name == "::1" { return true }
        if name.hasPrefix("[") {
            return name.hasPrefix("[::1]")
        }
        if let colon = name.lastIndex(of: ":") { name = String(name[..<colon]) }
        if name == "localhost" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
