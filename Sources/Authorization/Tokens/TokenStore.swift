import SandboxCrypto
package import SandboxSupport
import Synchronization

/// Every access token, refresh token, authorization code, consent session and launch context,
/// held in memory.
///
/// Values come from ``SecureRandom``; times from the ``SimulatedClock``. All state sits behind
/// one mutex, and each method takes it once, so a check and the change it guards happen
/// together: a code cannot be redeemed twice by two racing requests.
///
/// Limitation: tokens live only in memory, so a restart ends every session and clients must
/// sign in again; clients and the signing key, which live in the store, survive.
package final class TokenStore: Sendable {
    struct State: Sendable {
        var accessTokens: [String: TokenRecords.Access] = [:]
        var refreshTokens: [String: TokenRecords.Refresh] = [:]
        var codes: [String: TokenRecords.Code] = [:]
        var sessions: [String: AuthorizeSession] = [:]
        var launches: [String: LaunchContext] = [:]
        /// Families ended by a code reuse or a revocation; nothing more is issued into them.
        var revokedFamilies: Set<Int> = []
        var nextFamily = 1
        var insertionsSincePrune = 0
    }

    let clock: SimulatedClock
    package let lifetimes: TokenLifetimes
    let state = Mutex(State())

    package init(clock: SimulatedClock, lifetimes: TokenLifetimes = TokenLifetimes()) {
        self.clock = clock
        self.lifetimes = lifetimes
    }

    /// Judges the `Authorization` header of a resource request.
    ///
    /// Nil or empty is ``BearerResult/missing``; anything but `Bearer <token>` (scheme in any
    /// case) is ``InvalidBearer/malformed``; a value that is not a live access token (an
    /// authorization code or refresh token included) is invalid for the reason found.
    ///
    /// - Parameter header: The `Authorization` header's value, if the request had one.
    /// - Returns: Missing, invalid with the reason, or valid with what the token grants.
    package func authenticate(bearer header: String?) -> BearerResult {
        guard let header, !header.isEmpty else { return .missing }
        guard let token = Self.bearerToken(in: header) else { return .invalid(.malformed) }
        let now = clock.now
        return state.withLock { state in
            guard let record = state.accessTokens[token] else { return .invalid(.unknown) }
            if record.isRevoked { return .invalid(.revoked) }
            if record.grant.isExpired(at: now) { return .invalid(.expired) }
            return .valid(record.grant)
        }
    }

    /// What an access token grants, expired or not, or nil for an unknown or revoked token.
    package func grant(forAccessToken token: String) -> TokenGrant? {
        state.withLock { state in
            guard let record = state.accessTokens[token], !record.isRevoked else { return nil }
            return record.grant
        }
    }

    /// The token in `Bearer <token>`, or nil when the header has another form.
    static func bearerToken(in header: String) -> String? {
        let parts = header.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1])
    }

    /// A new family number for a fresh authorization.
    func makeFamily(in state: inout State) -> Int {
        defer { state.nextFamily += 1 }
        return state.nextFamily
    }
}
