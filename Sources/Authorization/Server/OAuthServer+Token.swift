import SandboxHTTP
import SandboxSupport

/// `POST /oauth2/v1/token`.
extension OAuthServer {
    /// The step that issues tokens for a request already checked, run within the rate limit.
    typealias Issuance = () throws(OAuthError) -> HTTPResponse

    /// Answers a token request: reads and checks the parameters, authenticates the client and
    /// checks the grant's own parameters, then issues within the client's rate limit.
    ///
    /// Everything that can be judged without spending anything is judged before the rate limit,
    /// so a client over its allowance still hears what is wrong with a bad request.
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
            let issuance = try prepareGrant(grantType, parameters: parameters, client: authenticated, base: base)
            return try issueLimited(authenticated, grantType: grantType, issuance)
        } catch {
            logger.debug(
                "token request refused",
                metadata: ["oauth.client.id": clientID ?? "-", "oauth.error": error.errorCode]
            )
            return error.response
        }
    }

    private func prepareGrant(
        _ grantType: String,
        parameters: OAuthParameters,
        client: ClientAuthenticator.Authenticated,
        base: RequestBaseURL
    ) throws(OAuthError) -> Issuance {
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

    /// Runs `issuance` within the client's per-minute allowance, giving the allowance back when
    /// it issues nothing.
    private func issueLimited(
        _ client: ClientAuthenticator.Authenticated,
        grantType: String,
        _ issuance: Issuance
    ) throws(OAuthError) -> HTTPResponse {
        let now = clock.now
        if case .limited(let seconds) = limiter.admit(clientID: client.client.id, now: now) {
            throw .rateLimited(retryAfter: seconds, limit: limiter.limit)
        }
        do {
            let response = try issuance()
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
