import SandboxHTTP
import SandboxSupport

/// `POST /oauth2/v1/token`.
extension OAuthServer {
    /// Answers a token request: authenticates the client, applies the rate limit, then runs the grant.
    func token(_ request: HTTPRequest) -> HTTPResponse {
        let base = baseURL(of: request)
        var clientID: String?
        do {
            let parameters = try OAuthParameters.formBody(of: request)
            let authenticated = try authenticator.authenticate(
                request,
                parameters: parameters,
                audiences: [base.tokenEndpoint],
                now: clock.now
            )
            clientID = authenticated.client.id
            let grantType = try parameters.required("grant_type")
            return try issueLimited(authenticated, grantType: grantType) { () throws(OAuthError) -> HTTPResponse in
                try self.runGrant(grantType, parameters: parameters, client: authenticated, base: base)
            }
        } catch {
            logger.debug(
                "token request refused",
                metadata: ["oauth.client.id": clientID ?? "-", "oauth.error": error.errorCode]
            )
            return error.response
        }
    }

    private func runGrant(
        _ grantType: String,
        parameters: OAuthParameters,
        client: ClientAuthenticator.Authenticated,
        base: RequestBaseURL
    ) throws(OAuthError) -> HTTPResponse {
        switch grantType {
        case "client_credentials":
            return try clientCredentials(parameters, client: client.client)
        case "authorization_code":
            return try authorizationCode(parameters, client: client.client, base: base)
        case "refresh_token":
            return try refresh(parameters, client: client)
        default:
            throw .unsupportedGrantType("grant_type must be client_credentials, authorization_code or refresh_token")
        }
    }

    /// Runs `body` within the client's per-minute allowance, giving the allowance back when
    /// `body` issues nothing.
    private func issueLimited(
        _ client: ClientAuthenticator.Authenticated,
        grantType: String,
        _ body: () throws(OAuthError) -> HTTPResponse
    ) throws(OAuthError) -> HTTPResponse {
        let now = clock.now
        if case .limited(let seconds) = limiter.admit(clientID: client.client.id, now: now) {
            throw .rateLimited(retryAfter: seconds, limit: limiter.limit)
        }
        do {
            let response = try body()
            logger.debug(
                "token issued",
                metadata: ["oauth.client.id": client.client.id, "oauth.grant.type": grantType]
            )
            return response
        } catch {
            limiter.refund(clientID: client.client.id, now: now)
            throw error
        }
    }

    /// Issues tokens for `template`, with a refresh token when the grant allows offline or
    /// online access, and logs the new token's fingerprint.
    func issueTokens(_ template: TokenGrant, family: Int?) throws(OAuthError) -> IssuedTokens {
        let wantsRefresh = template.scopes.contains(.offlineAccess) || template.scopes.contains(.onlineAccess)
        guard let issued = tokens.issue(template, family: family, withRefreshToken: wantsRefresh) else {
            throw .invalidGrant("the authorization has been revoked")
        }
        logger.trace("access token made", metadata: ["oauth.token.fingerprint": Fingerprint.of(issued.accessToken)])
        return issued
    }
}
