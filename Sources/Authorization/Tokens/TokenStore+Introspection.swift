import SandboxSupport
import Synchronization

/// What introspection reports about a token (RFC 7662).
extension TokenStore {
    /// The grant of a live access or refresh token, and which of the two it is; nil for a token
    /// that is unknown, revoked or expired.
    func introspect(_ token: String) -> (grant: TokenGrant, isRefreshToken: Bool)? {
        let now = clock.now
        return state.withLock { state in
            if let record = state.accessTokens[token] {
                return record.isRevoked || record.grant.isExpired(at: now) ? nil : (record.grant, false)
            }
            if let record = state.refreshTokens[token], !record.isRevoked,
                !state.revokedFamilies.contains(record.family)
            {
                return (record.grant, true)
            }
            return nil
        }
    }
}
