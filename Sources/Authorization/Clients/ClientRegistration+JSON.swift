import SandboxCrypto
package import SandboxSupport

/// The JSON form of a registration, used by `clients.json`, the store and the admin API.
///
/// ```json
/// {"client_id": "0oasandboxdefault001", "client_name": "...", "kind": "service",
///  "authentication": "secret", "client_secret": "...", "scope": "system/*.read",
///  "grant_limit": "system/Patient.read", "redirect_uris": [],
///  "auto_approve": {"user": "dr.okafor", "patient": "a-195900.E-1001"}}
/// ```
///
/// `authentication` is `secret` (with `client_secret`), `jwks` (with an inline `jwks` set) or
/// `none`; it defaults to `secret` for service clients and `none` for the others.
extension ClientRegistration {
    /// The registration as JSON, secret included; members in a fixed order.
    package var json: JSONValue {
        var members: [JSONValue.Member] = [
            .init("client_id", .string(id)),
            .init("client_name", .string(name)),
            .init("kind", .string(kind.rawValue)),
        ]
        switch authentication {
        case .secret(let secret):
            members += [.init("authentication", "secret"), .init("client_secret", .string(secret))]
        case .jwks(let keys):
            members += [.init("authentication", "jwks"), .init("jwks", keys)]
        case .none:
            members.append(.init("authentication", "none"))
        }
        members.append(.init("scope", .string(scopes.description)))
        if let grantLimit { members.append(.init("grant_limit", .string(grantLimit.description))) }
        members.append(.init("redirect_uris", .array(redirectURIs.map { .string($0) })))
        if let autoApproval {
            let approval = JSONValue.object([
                "user": .string(autoApproval.user), "patient": autoApproval.patient.map { .string($0) },
            ])
            members.append(.init("auto_approve", approval))
        }
        return .object(members)
    }

    /// Reads a registration, filling a missing id or secret from the generators.
    ///
    /// - Parameters:
    ///   - json: The registration object.
    ///   - makeID: Supplies the id when `client_id` is absent; nil makes the id required.
    ///   - makeSecret: Supplies the secret when `client_secret` is absent.
    /// - Throws: ``ClientRegistryError/invalidField(_:_:)`` naming the first bad field.
    package init(
        json: JSONValue,
        makeID: (() -> String)? = nil,
        makeSecret: () -> String = ClientID.generateSecret
    ) throws(ClientRegistryError) {
        guard json.members != nil else { throw .invalidField("client", "must be a JSON object") }
        let reader = JSONFieldReader(json)
        let id = try reader.optionalString("client_id") ?? makeID?()
        guard let id else { throw .invalidField("client_id", "is required") }
        guard ClientID.isValid(id) else {
            throw .invalidField("client_id", "must be 1 to 64 letters, digits, '-', '.', '_' or '~'")
        }
        guard let kind = Kind(rawValue: try reader.requiredString("kind")) else {
            throw .invalidField("kind", "must be service, user or patient")
        }
        self.init(
            id: id,
            name: try reader.optionalString("client_name") ?? id,
            kind: kind,
            authentication: try Self.authentication(in: reader, kind: kind, makeSecret: makeSecret),
            scopes: try reader.scopes("scope") ?? ScopeSet([]),
            grantLimit: try reader.scopes("grant_limit"),
            redirectURIs: try reader.optionalStrings("redirect_uris") ?? [],
            autoApproval: try Self.autoApproval(in: reader)
        )
        try validate()
    }

    private static func authentication(
        in reader: JSONFieldReader,
        kind: Kind,
        makeSecret: () -> String
    ) throws(ClientRegistryError) -> Authentication {
        switch try reader.optionalString("authentication") ?? (kind == .service ? "secret" : "none") {
        case "secret":
            let secret = try reader.optionalString("client_secret") ?? makeSecret()
            guard !secret.isEmpty else { throw .invalidField("client_secret", "must not be empty") }
            return .secret(secret)
        case "jwks":
            guard let keys = reader.value("jwks") else { throw .invalidField("jwks", "is required") }
            let set: JSONWebKeySet
            do { set = try JSONWebKeySet(json: keys) } catch { throw .invalidField("jwks", "\(error)") }
            guard !set.keys.isEmpty else { throw .invalidField("jwks", "holds no usable public key") }
            return .jwks(keys)
        case "none":
            return .none
        default:
            throw .invalidField("authentication", "must be secret, jwks or none")
        }
    }

    private static func autoApproval(in reader: JSONFieldReader) throws(ClientRegistryError) -> AutoApproval? {
        guard let value = reader.value("auto_approve"), value != .null else { return nil }
        let inner = JSONFieldReader(value, path: "auto_approve.")
        return AutoApproval(user: try inner.requiredString("user"), patient: try inner.optionalString("patient"))
    }

    /// Checks what the fields mean together.
    private func validate() throws(ClientRegistryError) {
        guard !scopes.description.isEmpty else { throw .invalidField("scope", "must name at least one scope") }
        if kind == .service, authentication == .none {
            throw .invalidField("authentication", "a service client must authenticate with a secret or keys")
        }
        if kind == .service, !redirectURIs.isEmpty {
            throw .invalidField("redirect_uris", "a service client has no redirect URIs")
        }
        if isInteractive, redirectURIs.isEmpty {
            throw .invalidField("redirect_uris", "a \(kind.rawValue) app needs at least one redirect URI")
        }
        for uri in redirectURIs where !RedirectURI.isAcceptable(uri) {
            throw .invalidField("redirect_uris", "\(uri) is not an absolute http(s) URI without a fragment")
        }
    }
}
