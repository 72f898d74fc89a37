import Synchronization

/// Ending tokens early: one token, a whole client, or one scope everywhere.
extension TokenStore {
    /// Revokes an access or refresh token (RFC 7009).
    ///
    /// Revoking a refresh token also revokes every access token of its authorization.
    ///
    /// - Parameters:
    ///   - token: The token's value.
    ///   - clientID: When given, only a token issued to this client is revoked.
    /// - Returns: Whether a live token was revoked.
    @discardableResult
    package func revoke(token: String, clientID: String? = nil) -> Bool {
        state.withLock { state in
            if var record = state.accessTokens[token], !record.isRevoked,
                clientID == nil || record.grant.clientID == clientID
            {
                record.isRevoked = true
                state.accessTokens[token] = record
                return true
            }
            if let record = state.refreshTokens[token], !record.isRevoked,
                clientID == nil || record.grant.clientID == clientID
            {
                revokeFamily(record.family, in: &state)
                return true
            }
            return false
        }
    }

    /// Revokes every access and refresh token, unused code and open consent session of
    /// `clientID`, and ends their authorizations so nothing more is issued into them.
    ///
    /// - Returns: How many live access and refresh tokens were revoked.
    @discardableResult
    package func revokeAll(clientID: String) -> Int {
        state.withLock { state in
            let live =
                state.accessTokens.values.filter { $0.grant.clientID == clientID && !$0.isRevoked }.count
                + state.refreshTokens.values.filter { $0.grant.clientID == clientID && !$0.isRevoked }.count
            var families = Set(state.accessTokens.values.filter { $0.grant.clientID == clientID }.map(\.family))
            families.formUnion(state.refreshTokens.values.filter { $0.grant.clientID == clientID }.map(\.family))
            families.formUnion(state.codes.values.filter { $0.pending.clientID == clientID }.map(\.family))
            for family in families {
                revokeFamily(family, in: &state)
            }
            state.sessions = state.sessions.filter { $0.value.pending.clientID != clientID }
            return live
        }
    }

    /// Takes `scope` out of every live access and refresh token, of one client or of all.
    ///
    /// Later requests with those tokens are judged without the scope; a refresh grants it no
    /// more. The scope must match exactly (`user/Patient.read` is not `user/Patient.rs`).
    ///
    /// - Returns: How many tokens lost the scope.
    @discardableResult
    package func removeScope(_ scope: Scope, clientID: String? = nil) -> Int {
        state.withLock { state in
            var count = 0
            for (token, record) in state.accessTokens where Self.holds(record.grant, scope, clientID) {
                state.accessTokens[token]?.grant.scopes = Self.without(scope, record.grant.scopes)
                count += 1
            }
            for (token, record) in state.refreshTokens where Self.holds(record.grant, scope, clientID) {
                state.refreshTokens[token]?.grant.scopes = Self.without(scope, record.grant.scopes)
                count += 1
            }
            return count
        }
    }

    /// Ends every token of an authorization, and anything issued into it later.
    func revokeFamily(_ family: Int, in state: inout State) {
        state.revokedFamilies.insert(family)
        for (token, record) in state.accessTokens where record.family == family {
            state.accessTokens[token]?.isRevoked = true
        }
        for (token, record) in state.refreshTokens where record.family == family {
            state.refreshTokens[token]?.isRevoked = true
        }
    }

    private static func holds(_ grant: TokenGrant, _ scope: Scope, _ clientID: String?) -> Bool {
        (clientID == nil || grant.clientID == clientID) && grant.scopes.scopes.contains(scope)
    }

    private static func without(_ scope: Scope, _ scopes: ScopeSet) -> ScopeSet {
        ScopeSet(scopes.scopes.filter { $0 != scope })
    }
}
