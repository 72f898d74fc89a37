import SandboxHTTP
import SandboxSupport

/// The `refresh_token` grant.
extension OAuthServer {
    /// Checks a refresh and returns the step that exchanges the refresh token for a new access
    /// token and a new refresh token.
    ///
    /// A `scope` narrower than the grant is granted as asked; when it leaves out both
    /// `offline_access` and `online_access`, no new refresh token comes back and the chain ends.
    ///
    /// Conformant by default: the refresh works after the access token expired. With
    /// ``Configuration/refreshRequiresLiveAccessToken`` it fails as athenaOne's did.
    func refresh(
        _ parameters: OAuthParameters,
        client: ClientAuthenticator.Authenticated
    ) throws(OAuthError) -> Issuance {
        let token = try parameters.required("refresh_token")
        guard client.client.isInteractive else {
            throw .unauthorizedClient("a service client has no refresh tokens")
        }
        guard let current = tokens.refreshGrant(for: token, clientID: client.client.id) else {
            throw .invalidGrant("the refresh token is not recognised, has been used, or was revoked")
        }
        guard current.grant.scopes.contains(.offlineAccess) || current.grant.scopes.contains(.onlineAccess) else {
            throw .invalidGrant("offline_access or online_access is no longer granted")
        }
        if configuration.refreshRequiresLiveAccessToken, current.isAccessTokenExpired {
            throw .refreshNeedsSignIn(basicChallenge: client.usedBasic)
        }

        let narrowed = try parameters.value("scope").map { (text: String) throws(OAuthError) -> ScopeSet in
            try ScopeGrant.narrow(current.grant.scopes, to: text)
        }
        return { () throws(OAuthError) -> HTTPResponse in
            let clientID = client.client.id
            guard let issued = self.tokens.rotate(refreshToken: token, clientID: clientID, scopes: narrowed) else {
                throw .invalidGrant("the refresh token is not recognised, has been used, or was revoked")
            }
            self.logger.trace(
                "access token made",
                metadata: ["oauth.token.fingerprint": Fingerprint.of(issued.accessToken)]
            )
            return TokenResponse.make(issued, idToken: nil)
        }
    }
}
