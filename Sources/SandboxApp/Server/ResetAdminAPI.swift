import Authorization
import Faults
import SandboxHTTP
import SandboxSupport

/// `POST /_sandbox/reset` and `POST /_sandbox/tokens/revoke`: putting the sandbox back to its
/// snapshot, and taking tokens away mid-run.
struct ResetAdminAPI: Sendable {
    let database: PracticeDatabase
    let oauth: OAuthServer
    let faults: FaultEngine
    let clock: SimulatedClock

    func register(on router: inout Router) {
        router.post("/_sandbox/reset") { request, _ in reset(request) }
        router.post("/_sandbox/tokens/revoke") { request, _ in revoke(request) }
    }

    /// Body (all optional): `{"clock": true, "faults": true, "tokens": true}`; each `true` by
    /// default. The data (resources, clients, settings) always returns to the snapshot.
    private func reset(_ request: HTTPRequest) -> HTTPResponse {
        guard let options = Self.body(of: request) else { return Self.notAnObject }
        for member in options.members ?? [] {
            guard ["clock", "faults", "tokens"].contains(member.key), member.value.boolValue != nil else {
                let reason = "'\(member.key)' is not one of clock, faults and tokens with a true or false value"
                return Self.error(400, "invalid_request", reason)
            }
        }
        // Clients made since the snapshot vanish with the restore; their tokens must go too.
        let clientsBefore = Set(oauth.clients.all().map(\.id))
        do {
            try database.restoreSnapshot()
            try oauth.clients.reload()
        } catch {
            return Self.error(500, "server_error", "The snapshot could not be restored: \(error)")
        }
        if options["tokens"]?.boolValue ?? true {
            for client in clientsBefore.union(oauth.clients.all().map(\.id)) {
                _ = oauth.tokens.revokeAll(clientID: client)
            }
        }
        if options["faults"]?.boolValue ?? true { faults.removeAll() }
        if options["clock"]?.boolValue ?? true, clock.mode == .fixed { clock.set(to: SimulatedClock.defaultStart) }
        return .json(bytes: JSONValue.object(["reset": true, "now": .int(Int(clock.now))]).encodedBytes())
    }

    /// Body: `{"token": "..."}` revokes one token; `{"client_id": "..."}` every token of a client;
    /// `{"client_id": "...", "scope": "..."}` (or `scope` alone) removes a scope from live tokens.
    private func revoke(_ request: HTTPRequest) -> HTTPResponse {
        guard let body = Self.body(of: request) else { return Self.notAnObject }
        let clientID = body["client_id"]?.stringValue
        let count: Int
        if let token = body["token"]?.stringValue {
            count = oauth.tokens.revoke(token: token, clientID: clientID) ? 1 : 0
        } else if let text = body["scope"]?.stringValue {
            guard let scope = try? Scope(parsing: text) else {
                return Self.error(400, "invalid_request", "'\(text)' is not a scope")
            }
            count = oauth.tokens.removeScope(scope, clientID: clientID)
        } else if let clientID {
            count = oauth.tokens.revokeAll(clientID: clientID)
        } else {
            return Self.error(400, "invalid_request", "Give token, client_id, or scope (with or without client_id)")
        }
        return .json(bytes: JSONValue.object(["affected": .int(count)]).encodedBytes())
    }

    /// The JSON object of a request body (an empty body is an empty object), or `nil`.
    private static func body(of request: HTTPRequest) -> JSONValue? {
        guard !request.body.isEmpty else { return .object([]) }
        guard let value = try? JSONValue.parse(request.body), value.members != nil else { return nil }
        return value
    }

    private static let notAnObject = error(400, "invalid_request", "The body must be a JSON object")

    private static func error(_ status: Int, _ code: String, _ description: String) -> HTTPResponse {
        let body: JSONValue = .object(["error": .string(code), "error_description": .string(description)])
        return .json(bytes: body.encodedBytes(), status: status)
    }
}
