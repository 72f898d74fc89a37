import Foundation
import SandboxCrypto
import SandboxSupport
import Synchronization

/// Checks JWT client assertions: `private_key_jwt` against the client's keys and
/// `client_secret_jwt` against its secret (RFC 7523 §3, SMART Backend Services).
///
/// The assertion must be signed with an accepted algorithm (the one its key names, when the
/// key names one), name the client as `iss` and `sub`, name the token endpoint as `aud`,
/// expire in the future but no more than five minutes ahead, carry no `iat` or `nbf` in the
/// future, and carry a `jti` not seen before.
///
/// Times are judged against the simulated clock and the real clock, and an assertion valid
/// against either is accepted: integrators mint assertions with their own clock, while the
/// simulated clock may stand anywhere. A seen `jti` is kept until its assertion has expired on
/// every clock that accepted it.
final class ClientAssertionVerifier: Sendable {
    /// The assertion type RFC 7523 defines.
    static let assertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    /// Algorithms accepted with a client's public keys.
    static let keyAlgorithms: Set<JWSAlgorithm> = [.rs256, .rs384, .es256, .es384]

    /// A `jti` already used, and until when it matters on the clocks that accepted it.
    private struct Seen: Sendable {
        var expiry: Int64
        var bySimulatedClock: Bool
        var byWallClock: Bool

        func isLive(simulated: Int64, wall: Int64) -> Bool {
            (bySimulatedClock && expiry > simulated) || (byWallClock && expiry > wall)
        }
    }

    private let seenIDs = Mutex<[String: Seen]>([:])
    private let wallClock: @Sendable () -> Int64

    /// A verifier that reads the real time from `wallClock` (milliseconds since 1970).
    ///
    /// The real clock is read here and nowhere else in the server: it decides only whether a
    /// client's assertion is current, never anything the sandbox serves.
    init(wallClock: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) {
        self.wallClock = wallClock
    }

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
        let times = try AssertionTimes(claims)
        let seen = try judge(times, simulated: now, wall: wallClock())
        try remember(jti: claims["jti"]?.stringValue, clientID: client.id, seen: seen, simulated: now)
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
            // A key found by its kid alone may be meant for another algorithm, or use.
            guard key.isUsable(for: jws.algorithm) else {
                let name = jws.algorithm.rawValue
                throw refusal("the registered key may not verify \(name) signatures; see its alg, use and key_ops")
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

    /// Which clocks the times hold on; refuses them when they hold on neither.
    private func judge(_ times: AssertionTimes, simulated: Int64, wall: Int64) throws(OAuthError) -> Seen {
        let simulatedProblem = times.problem(at: simulated)
        let wallProblem = times.problem(at: wall)
        if let simulatedProblem, let wallProblem {
            let reason = "\(simulatedProblem) by the sandbox's simulated clock and \(wallProblem) by the real clock"
            throw Self.refusal("client_assertion " + reason)
        }
        return Seen(expiry: times.expiry, bySimulatedClock: simulatedProblem == nil, byWallClock: wallProblem == nil)
    }

    /// Records the `jti`, refusing one seen before; forgets those expired on every accepting clock.
    private func remember(jti: String?, clientID: String, seen: Seen, simulated: Int64) throws(OAuthError) {
        guard let jti, !jti.isEmpty else { throw Self.refusal("client_assertion needs a jti") }
        let key = clientID + " " + jti
        let wall = wallClock()
        let isNew = seenIDs.withLock { seenIDs in
            seenIDs = seenIDs.filter { $0.value.isLive(simulated: simulated, wall: wall) }
            guard seenIDs[key] == nil else { return false }
            seenIDs[key] = seen
            return true
        }
        guard isNew else { throw Self.refusal("client_assertion jti has been used before") }
    }

    private static func refusal(_ message: String) -> OAuthError {
        .invalidClient(message, basicChallenge: false)
    }
}
