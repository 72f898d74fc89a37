extension OAuthServer {
    /// How the authorization server behaves; every field has the default a fresh sandbox uses.
    package struct Configuration: Sendable, Hashable {
        /// Which athenaOne environment the limits copy.
        package enum Profile: String, Sendable, Hashable, CaseIterable {
            /// `api.preview.platform.athenahealth.com`: 5 tokens per client per minute.
            case preview
            /// `api.platform.athenahealth.com`: 50 tokens per client per minute.
            case production

            /// Tokens a client may get in one minute before the endpoint answers 429.
            package var tokensPerMinute: Int {
                switch self {
                case .preview: 5
                case .production: 50
                }
            }
        }

        package var profile: Profile
        /// Seconds an access token works (`expires_in`).
        package var accessTokenLifetime: Int64
        /// Seconds an authorization code can be exchanged.
        package var codeLifetime: Int64
        /// Seconds a consent page waits for a decision.
        package var sessionLifetime: Int64
        /// The athenaOne fault: a refresh fails with `invalid_client` and `expires_in: 0` once the
        /// access token issued with the refresh token has expired.
        package var refreshRequiresLiveAccessToken: Bool
        /// The athenaOne fidelity quirk: discovery leaves out `code_challenge_methods_supported`
        /// although PKCE is still enforced.
        package var omitPKCEFromDiscovery: Bool
        /// The practice whose Practitioner and Patient ids users are linked to.
        package var practiceID: Int
        /// The host URLs name when a request has no `Host` header.
        package var fallbackHost: String

        package init(
            profile: Profile = .preview,
            accessTokenLifetime: Int64 = 3600,
            codeLifetime: Int64 = 60,
            sessionLifetime: Int64 = 600,
            refreshRequiresLiveAccessToken: Bool = false,
            omitPKCEFromDiscovery: Bool = false,
            practiceID: Int = 195_900,
            fallbackHost: String = "localhost"
        ) {
            self.profile = profile
            self.accessTokenLifetime = accessTokenLifetime
            self.codeLifetime = codeLifetime
            self.sessionLifetime = sessionLifetime
            self.refreshRequiresLiveAccessToken = refreshRequiresLiveAccessToken
            self.omitPKCEFromDiscovery = omitPKCEFromDiscovery
            self.practiceID = practiceID
            self.fallbackHost = fallbackHost
        }

        /// The lifetimes the token store applies.
        var lifetimes: TokenLifetimes {
            TokenLifetimes(
                accessToken: accessTokenLifetime,
                authorizationCode: codeLifetime,
                authorizeSession: sessionLifetime
            )
        }
    }
}
