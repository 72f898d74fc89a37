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

/// The tokens one issuance produced.
package struct IssuedTokens: Sendable {
    package var accessToken: String
    package var refreshToken: String?
    package var grant: TokenGrant
}
