import SandboxCrypto
import SandboxSupport
import Synchronization

/// Checks JWT client assertions: `private_key_jwt` against the client's keys and
/// `client_secret_jwt` against its secret (RFC 7523 §3, SMART Backend Services).
///
/// The assertion must be signed with an accepted algorithm, name the client as `iss` and `sub`,
/// name the token endpoint as `aud`, expire in the future but no more than five minutes ahead,
/// and carry a `jti` not seen before. Seen `jti` values are kept until their assertion expires.
final class ClientAssertionVerifier: Sendable {
    /// The assertion type RFC 7523 defines.
    static let assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    /// Algorithms accepted with a client's public keys.
    static let keyAlgorithms: Set<JWSAlgorithm> = [.rs256, .rs384, .es256, .es384]
    /// How far ahead an assertion's `exp` may lie, in milliseconds.
    static let maximumLifetime: Int64 = 300_000

    private let seenIDs = Mutex<[String: Int64]>([:])

    /// The client the assertion authenticates.
    ///
    /// - Parameters:
    ///   - assertion: The compact JWT.
    ///   - claimedClientID: The request's `client_id`, which must match `sub` when sent.
    ///   - registry: Where the client is looked up.
    ///   - audiences: The absolute URLs `aud` may name, starting with the token endpoint.
    ///   - now: Simulated milliseconds.
    /// - Returns: The registration of the client the assertion names.
    /// - Throws: `invalid_client` saying which check failed.
    func verify(
        _ assertion: String,
        claimedClientID: String?,
        registry: ClientRegistry,
        audiences: [String],
        now: Int64
    ) throws(OAuthError) -> ClientRegistration {
        let jws: JWS
        do { jws = try JWS.parse(compact: assertion) } catch { throw Self.refusal("client_assertion: \(error)") }
        guard let claims = jws.claims else { throw Self.refusal("client_assertion has no JSON claims") }
        guard let subject = claims["sub"]?.stringValue, claims["iss"]?.stringValue == subject else {
            throw Self.refusal("client_assertion needs iss and sub both equal to the client id")
        }
        if let claimedClientID, claimedClientID != subject {
            throw Self.refusal("client_id does not match the client_assertion's sub")
        }
        guard let client = registry.client(id: subject) else { throw Self.refusal("unknown client \(subject)") }

        try Self.checkSignature(of: jws, for: client)
        try Self.checkAudience(claims["aud"], accepted: audiences)
        let expiry = try Self.expiry(in: claims, now: now)
        try remember(jti: claims["jti"]?.stringValue, clientID: client.id, expiry: expiry, now: now)
        return client
    }

    private static func checkSignature(of jws: JWS, for client: ClientRegistration) throws(OAuthError) {
        switch client.authentication {
        case .jwks(let json):
            guard keyAlgorithms.contains(jws.algorithm) else {
                throw refusal("client_assertion alg must be RS384, ES384, RS256 or ES256")
            }
            let keys = try? JSONWebKeySet(json: json)
            guard let key = keys?.key(for: jws) else {
                throw refusal("no registered key matches the assertion's kid and alg")
            }
            guard jws.verify(with: key.publicKey) else { throw refusal("client_assertion signature does not verify") }
        case .secret(let secret):
            guard jws.algorithm == .hs256 else { throw refusal("client_secret_jwt assertions must use HS256") }
            guard jws.verify(secret: Array(secret.utf8)) else {
                throw refusal("client_assertion signature does not verify with the client secret")
            }
        case .none:
            throw refusal("a public client cannot authenticate with an assertion")
        }
    }

    private static func checkAudience(_ audience: JSONValue?, accepted: [String]) throws(OAuthError) {
        let values = audience?.listValue.compactMap(\.stringValue) ?? []
        guard values.contains(where: accepted.contains) else {
            throw refusal("client_assertion aud must be the token endpoint \(accepted.first ?? "")")
        }
    }

    /// The `exp` claim in milliseconds, checked against `now`.
    private static func expiry(in claims: JSONValue, now: Int64) throws(OAuthError) -> Int64 {
        guard let seconds = claims["exp"]?.doubleValue, seconds.isFinite, abs(seconds) < 1e12 else {
            throw refusal("client_assertion needs a numeric exp")
        }
        let expiry = Int64(seconds * 1000)
        guard expiry > now else { throw refusal("client_assertion has expired") }
        guard expiry <= now + maximumLifetime else {
            throw refusal("client_assertion exp is more than 5 minutes ahead")
        }
        return expiry
    }

    /// Records the `jti`, refusing one seen before; forgets the ones whose assertions expired.
    private func remember(jti: String?, clientID: String, expiry: Int64, now: Int64) throws(OAuthError) {
        guard let jti, !jti.isEmpty else { throw Self.refusal("client_assertion needs a jti") }
        let key = clientID + " " + jti
        let isNew = seenIDs.withLock { seen in
            seen = seen.filter { $0.value > now }
            guard seen[key] == nil else { return false }
            seen[key] = expiry
            return true
        }
        guard isNew else { throw Self.refusal("client_assertion jti has been used before") }
    }

    private static func refusal(_ message: String) -> OAuthError {
        .invalidClient(message, basicChallenge: false)
    }
}
