/// What the token store keeps about each credential it has handed out.
///
/// Tokens that come from one authorization (its code, the first tokens and every refresh after
/// them) share a family number, so a reused code or a revoked refresh token can end them all.
enum TokenRecords {
    /// An access token.
    struct Access: Sendable {
        var grant: TokenGrant
        var family: Int
        var isRevoked = false
    }

    /// A refresh token and what a refresh will grant again.
    struct Refresh: Sendable {
        var grant: TokenGrant
        var family: Int
        /// The access token issued alongside, whose expiry the athenaOne-style refresh checks.
        var accessToken: String
        var isRevoked = false
    }

    /// An authorization code.
    struct Code: Sendable {
        var pending: PendingAuthorization
        var approval: Approval
        var family: Int
        var expiresAt: Int64
        var isUsed = false
    }
}

/// The lifetimes the token store applies, in seconds of simulated time.
package struct TokenLifetimes: Sendable, Hashable {
    /// How long an access token works: 3600 s, as athenaOne's `expires_in` says.
    package var accessToken: Int64
    /// How long an authorization code can be exchanged: 60 s.
    package var authorizationCode: Int64
    /// How long a consent page waits for a decision: 600 s.
    package var authorizeSession: Int64

    package init(accessToken: Int64 = 3600, authorizationCode: Int64 = 60, authorizeSession: Int64 = 600) {
        self.accessToken = accessToken
        self.authorizationCode = authorizationCode
        self.authorizeSession = authorizeSession
    }
}

/// The tokens one issuance produced.
package struct IssuedTokens: Sendable {
    package var accessToken: String
    package var refreshToken: String?
    package var grant: TokenGrant
}
