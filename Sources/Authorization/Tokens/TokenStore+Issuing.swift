import SandboxCrypto
import SandboxSupport
import Synchronization

/// Handing out access and refresh tokens.
extension TokenStore {
    /// Issues an access token for `template` (whose times are replaced), and a refresh token
    /// when asked.
    ///
    /// - Parameters:
    ///   - template: The client, scopes and context to grant.
    ///   - family: The authorization the tokens belong to; nil starts a new one.
    ///   - withRefreshToken: Whether to issue a refresh token too.
    /// - Returns: The tokens, or nil when `family` was revoked meanwhile.
    func issue(_ template: TokenGrant, family: Int?, withRefreshToken: Bool) -> IssuedTokens? {
        let now = clock.now
        return state.withLock { state in
            let family = family ?? makeFamily(in: &state)
            guard !state.revokedFamilies.contains(family) else { return nil }
            return insertTokens(template, family: family, withRefreshToken: withRefreshToken, now: now, in: &state)
        }
    }

    /// What a refresh token would grant again, and whether the access token issued with it has
    /// expired; nil when the token is unknown, revoked or belongs to another client.
    func refreshGrant(for token: String, clientID: String) -> (grant: TokenGrant, isAccessTokenExpired: Bool)? {
        let now = clock.now
        return state.withLock { state in
            guard let record = state.refreshTokens[token], !record.isRevoked, record.grant.clientID == clientID else {
                return nil
            }
            let access = state.accessTokens[record.accessToken]
            return (record.grant, access.map { $0.grant.isExpired(at: now) } ?? true)
        }
    }

    /// Exchanges a refresh token for a new access token and, while the grant still holds
    /// `offline_access` or `online_access`, a new refresh token; the old refresh token stops
    /// working either way.
    ///
    /// - Parameters:
    ///   - token: The refresh token presented.
    ///   - clientID: The authenticated client, which must be the token's.
    ///   - scopes: A narrower set to grant, already checked against the original grant.
    /// - Returns: The new tokens, or nil when the refresh token no longer works.
    func rotate(refreshToken token: String, clientID: String, scopes: ScopeSet?) -> IssuedTokens? {
        let now = clock.now
        return state.withLock { state in
            guard var record = state.refreshTokens[token], !record.isRevoked, record.grant.clientID == clientID,
                !state.revokedFamilies.contains(record.family)
            else { return nil }
            record.isRevoked = true
            state.refreshTokens[token] = record
            var template = record.grant
            if let scopes { template.scopes = scopes }
            let keepsRefreshing = template.scopes.contains(.offlineAccess) || template.scopes.contains(.onlineAccess)
            return insertTokens(
                template,
                family: record.family,
                withRefreshToken: keepsRefreshing,
                now: now,
                in: &state
            )
        }
    }

    private func insertTokens(
        _ template: TokenGrant,
        family: Int,
        withRefreshToken: Bool,
        now: Int64,
        in state: inout State
    ) -> IssuedTokens {
        var grant = template
        grant.issuedAt = now
        grant.expiresAt = now + lifetimes.accessToken * 1000
        let accessToken = SecureRandom.token()
        state.accessTokens[accessToken] = TokenRecords.Access(grant: grant, family: family)
        var refreshToken: String?
        if withRefreshToken {
            let token = SecureRandom.token()
            state.refreshTokens[token] = TokenRecords.Refresh(grant: grant, family: family, accessToken: accessToken)
            refreshToken = token
        }
        pruneIfDue(now: now, in: &state)
        return IssuedTokens(accessToken: accessToken, refreshToken: refreshToken, grant: grant)
    }

    /// Drops credentials that can no longer matter, every few hundred insertions.
    ///
    /// Access tokens and codes are kept a day past expiry, so a late caller still hears
    /// "expired" rather than "unknown"; refresh tokens go once revoked for a day's worth of churn.
    func pruneIfDue(now: Int64, in state: inout State) {
        state.insertionsSincePrune += 1
        guard state.insertionsSincePrune >= 512 else { return }
        state.insertionsSincePrune = 0
        let horizon = now - 86_400_000
        state.accessTokens = state.accessTokens.filter { $0.value.grant.expiresAt > horizon }
        state.refreshTokens = state.refreshTokens.filter { !$0.value.isRevoked }
        state.codes = state.codes.filter { $0.value.expiresAt > horizon }
        state.sessions = state.sessions.filter { $0.value.expiresAt > horizon }
    }
}
