import SandboxHTTP

/// The 2-legged `client_credentials` grant.
extension OAuthServer {
    /// Checks a service client's request for the scopes it asks for, within its registration,
    /// and returns the step that issues its token.
    ///
    /// athenaOne grants no default scope: a request without one gets ``OAuthError/scopeMissing``.
    func clientCredentials(
        _ parameters: OAuthParameters,
        client: ClientRegistration
    ) throws(OAuthError) -> Issuance {
        guard client.kind == .service else {
            throw .unauthorizedClient("only a service (2-legged) client may use client_credentials")
        }
        guard let requested = try parameters.value("scope") else { throw .scopeMissing }
        let granted = try ScopeGrant.evaluate(requested, for: client, validator: scopeValidator)
        let scopes = withoutRefreshScopes(granted)
        guard !scopes.isEmpty else { throw .invalidScope("a client_credentials grant has no refresh tokens to offer") }
        let template = TokenGrant(clientID: client.id, scopes: scopes, issuedAt: 0, expiresAt: 0)
        return { () throws(OAuthError) -> HTTPResponse in
            TokenResponse.make(try self.issueTokens(template, family: nil), idToken: nil)
        }
    }

    /// A client-credentials grant has no user session, so it never gets a refresh token.
    private func withoutRefreshScopes(_ scopes: ScopeSet) -> ScopeSet {
        ScopeSet(scopes.scopes.filter { $0.kind != .offlineAccess && $0.kind != .onlineAccess })
    }
}
