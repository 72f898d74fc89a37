import SandboxHTTP
import SandboxSupport

/// The `/_sandbox/clients` admin routes: list, create, read, replace and delete clients.
///
/// Bodies are the JSON of ``ClientRegistration/json``; answers include the secret, since the
/// admin API is how a test learns the credentials of a client it made. A registration that
/// breaks a rule (see ``ClientRegistration/checkRules(users:)``) gets 400
/// `invalid_client_metadata` naming the field. Replacing or deleting a client revokes every
/// access token, refresh token and unused code it holds and closes its open consent pages, so
/// nothing issued under the old registration outlives it.
struct ClientAdminAPI: Sendable {
    let registry: ClientRegistry
    let tokens: TokenStore
    let users: UserDirectory

    /// `GET /_sandbox/clients`: `{"clients": [...]}` ordered by id.
    func list(_ request: HTTPRequest) -> HTTPResponse {
        AdminResponse.json(.object(["clients": .array(registry.all().map(\.json))]))
    }

    /// `POST /_sandbox/clients`: creates a client, generating its id and secret when absent;
    /// answers 201 with `Location: /_sandbox/clients/<id>`.
    func create(_ request: HTTPRequest) -> HTTPResponse {
        let json: JSONValue
        switch AdminResponse.body(of: request) {
        case .success(let body): json = body
        case .failure(let failure): return failure.response
        }
        do {
            let registration = try ClientRegistration(json: json, makeID: ClientID.generate)
            try registration.checkRules(users: users)
            try registry.create(registration)
            var response = AdminResponse.json(registration.json, status: 201)
            response.headers.add(name: "Location", value: "/_sandbox/clients/" + registration.id)
            return response
        } catch {
            return Self.failure(error)
        }
    }

    /// `GET /_sandbox/clients/:id`.
    func read(_ request: HTTPRequest, id: String) -> HTTPResponse {
        guard let client = registry.client(id: id) else { return Self.failure(.unknownClient(id)) }
        return AdminResponse.json(client.json)
    }

    /// `PUT /_sandbox/clients/:id`: replaces a client and revokes what it was issued; a secret
    /// client without `client_secret` keeps its current secret.
    func replace(_ request: HTTPRequest, id: String) -> HTTPResponse {
        let json: JSONValue
        switch AdminResponse.body(of: request) {
        case .success(let body): json = body
        case .failure(let failure): return failure.response
        }
        if let bodyID = json["client_id"]?.stringValue, bodyID != id {
            return AdminResponse.error(400, "invalid_request", "client_id: must match the id in the path")
        }
        do throws(ClientRegistryError) {
            guard let current = registry.client(id: id) else { throw .unknownClient(id) }
            let registration = try replacement(for: current, from: json)
            try registration.checkRules(users: users)
            try registry.update(registration)
            tokens.revokeAll(clientID: id)
            return AdminResponse.json(registration.json)
        } catch {
            return Self.failure(error)
        }
    }

    /// The registration `json` describes for `current`'s id, keeping its secret when none is given.
    private func replacement(
        for current: ClientRegistration,
        from json: JSONValue
    ) throws(ClientRegistryError) -> ClientRegistration {
        var withID = json
        withID.set("client_id", .string(current.id))
        let keptSecret: String? = if case .secret(let secret) = current.authentication { secret } else { nil }
        return try ClientRegistration(json: withID, makeSecret: { keptSecret ?? ClientID.generateSecret() })
    }

    /// `DELETE /_sandbox/clients/:id`: 204, and every token of the client stops working.
    func delete(_ request: HTTPRequest, id: String) -> HTTPResponse {
        do {
            try registry.delete(id: id)
            tokens.revokeAll(clientID: id)
            return .empty(status: 204)
        } catch {
            return Self.failure(error)
        }
    }

    private static func failure(_ error: ClientRegistryError) -> HTTPResponse {
        if error.isUnknownClient { return AdminResponse.error(404, "not_found", error.description) }
        if error.isDuplicateClient { return AdminResponse.error(409, "conflict", error.description) }
        if error.isInvalidRegistration {
            return AdminResponse.error(400, "invalid_client_metadata", error.description)
        }
        return AdminResponse.error(500, "server_error", error.description)
    }
}
