import SandboxHTTP
import SandboxSupport

/// The `/_sandbox/clients` admin routes: list, create, read, replace and delete clients.
///
/// Bodies are the JSON of ``ClientRegistration/json``; answers include the secret, since the
/// admin API is how a test learns the credentials of a client it made. Deleting a client also
/// revokes its tokens.
struct ClientAdminAPI: Sendable {
    let registry: ClientRegistry
    let tokens: TokenStore

    /// `GET /_sandbox/clients`: `{"clients": [...]}` ordered by id.
    func list(_ request: HTTPRequest) -> HTTPResponse {
        AdminResponse.json(.object(["clients": .array(registry.all().map(\.json))]))
    }

    /// `POST /_sandbox/clients`: creates a client, generating its id and secret when absent.
    func create(_ request: HTTPRequest) -> HTTPResponse {
        respond(request, status: 201) { (json: JSONValue) throws(ClientRegistryError) -> ClientRegistration in
            let registration = try ClientRegistration(json: json, makeID: ClientID.generate)
            try registry.create(registration)
            return registration
        }
    }

    /// `GET /_sandbox/clients/:id`.
    func read(_ request: HTTPRequest, id: String) -> HTTPResponse {
        guard let client = registry.client(id: id) else { return Self.failure(.unknownClient(id)) }
        return AdminResponse.json(client.json)
    }

    /// `PUT /_sandbox/clients/:id`: replaces a client; a secret client without `client_secret`
    /// keeps its current secret.
    func replace(_ request: HTTPRequest, id: String) -> HTTPResponse {
        respond(request, status: 200) { (json: JSONValue) throws(ClientRegistryError) -> ClientRegistration in
            guard let current = registry.client(id: id) else { throw .unknownClient(id) }
            if let bodyID = json["client_id"]?.stringValue, bodyID != id {
                throw .invalidField("client_id", "must match the id in the path")
            }
            var withID = json
            withID.set("client_id", .string(id))
            let keptSecret: String? = if case .secret(let secret) = current.authentication { secret } else { nil }
            let registration = try ClientRegistration(
                json: withID,
                makeSecret: { keptSecret ?? ClientID.generateSecret() }
            )
            try registry.update(registration)
            return registration
        }
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

    private func respond(
        _ request: HTTPRequest,
        status: Int,
        _ change: (JSONValue) throws(ClientRegistryError) -> ClientRegistration
    ) -> HTTPResponse {
        switch AdminResponse.body(of: request) {
        case .failure(let failure):
            return failure.response
        case .success(let json):
            do {
                return AdminResponse.json(try change(json).json, status: status)
            } catch {
                return Self.failure(error)
            }
        }
    }

    private static func failure(_ error: ClientRegistryError) -> HTTPResponse {
        if error.isUnknownClient { return AdminResponse.error(404, "not_found", error.description) }
        if error.isDuplicateClient { return AdminResponse.error(409, "conflict", error.description) }
        if error.isInvalidRegistration { return AdminResponse.error(400, "invalid_request", error.description) }
        return AdminResponse.error(500, "server_error", error.description)
    }
}
