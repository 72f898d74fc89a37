import SandboxCrypto
import SandboxStore
import SandboxSupport

/// The RSA key the server signs id tokens with, generated once per database.
///
/// The private key is kept as PKCS #8 PEM in the store's setting `oauth.server.signing-key`, so
/// id tokens issued before a restart still verify against ``jwks`` afterwards. The key id is
/// the RFC 7638 thumbprint of the public key.
final class ServerSigningKey: Sendable {
    static let settingKey = "oauth.server.signing-key"

    private let privateKey: PrivateKey
    /// The key id every signature's header names.
    let kid: String
    /// The public key as a JWK Set, as `/keys` serves it.
    let jwks: JSONValue

    private init(privateKey: PrivateKey) {
        self.privateKey = privateKey
        let jwk = privateKey.publicJWK()
        kid = Self.thumbprint(of: jwk)
        jwks = .object(["keys": .array([privateKey.publicJWK(kid: kid, alg: .rs256)])])
    }

    /// The store's key, made and saved first when the store has none.
    ///
    /// - Throws: A store error, or a key error when the saved PEM cannot be read.
    static func loadOrCreate(in store: ResourceStore) throws -> ServerSigningKey {
        if let pem = try store.setting(settingKey) {
            return ServerSigningKey(privateKey: try PrivateKey(pem: pem))
        }
        let key = try PrivateKey.generateRSA(bits: 2048)
        try store.setSetting(settingKey, key.pemRepresentation)
        return ServerSigningKey(privateKey: key)
    }

    /// `claims` signed with RS256 as a compact JWT whose header names ``kid``.
    func sign(claims: JSONValue) -> String {
        let header: JSONValue = .object(["typ": "JWT", "kid": .string(kid)])
        do {
            return try JWS.sign(header: header, claims: claims, with: privateKey, algorithm: .rs256)
        } catch {
            fatalError("the server's RSA key could not sign an id token: \(error)")
        }
    }

    /// SHA-256 over the required members in lexical order, base64url (RFC 7638 §3).
    private static func thumbprint(of jwk: JSONValue) -> String {
        let required: JSONValue = .object(["e": jwk["e"] ?? "", "kty": jwk["kty"] ?? "", "n": jwk["n"] ?? ""])
        return Base64URL.encode(SHA256.hash(required.encodedBytes()))
    }
}
