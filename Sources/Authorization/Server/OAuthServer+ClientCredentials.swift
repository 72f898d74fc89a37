import SandboxHTTP

/// The 2-legged `client_credentials` grant.
extension OAuthServer {
    /// Issues a token to a service client for the scopes it asks for, within its registration.
    ///
    /// athenaOne grants no default scope: a request without one gets ``OAuthError/scopeMissing``.
    func clientCredentials(
        _ parameters: OAuthParameters,
        client: ClientRegistration
    ) throws(OAuthError) -> HTTPResponse {
        guard client.kind == .service else {
            throw .unauthorizedClient("only a service (2-legged) client may use client_credentials")
        }
        guard let requested = try parameters.value("scope") else { throw .scopeMissing }
        let granted = try ScopeGrant.evaluate(requested, for: client)
        let scopes = withoutRefreshScopes(granted)
        guard !scopes.isEmpty else { throw .invalidScope("a client_credentials grant has no refresh tokens to offer") }
        let template = TokenGrant(clientID: client.id, scopes: scopes, issuedAt: 0, expiresAt: 0)
        return TokenResponse.make(try issueTokens(template, family: nil), idToken: nil)
    }

    /// A client-credentials grant has no user session, so it never gets a refresh token.
    private func withoutRefreshScopes(_ scopes: ScopeSet) -> ScopeSet {
        ScopeSet(scopes.scopes.filter { $0.kind != .offlineAccess && $0.kind != .onlineAccess })
    }
}
