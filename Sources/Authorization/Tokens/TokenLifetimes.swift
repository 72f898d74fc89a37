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
