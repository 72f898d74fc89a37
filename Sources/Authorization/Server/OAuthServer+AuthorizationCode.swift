import SandboxHTTP
import SandboxSupport

/// The 3-legged `authorization_code` grant, with PKCE.
extension OAuthServer {
    /// Checks a code exchange and returns the step that redeems the code for tokens: the
    /// redirect URI must repeat the authorize request's, the verifier must match its S256
    /// challenge, and the code works once.
    func authorizationCode(
        _ parameters: OAuthParameters,
        client: ClientRegistration,
        base: RequestBaseURL
    ) throws(OAuthError) -> Issuance {
        guard client.isInteractive else {
            throw .unauthorizedClient("a service client cannot use authorization_code")
        }
        let code = try parameters.required("code")
        let redirectURI = try parameters.required("redirect_uri")
        let verifier = try parameters.value("code_verifier")
        return { () throws(OAuthError) -> HTTPResponse in
            try self.redeem(code, client: client, redirectURI: redirectURI, verifier: verifier, base: base)
        }
    }

    private func redeem(
        _ code: String,
        client: ClientRegistration,
        redirectURI: String,
        verifier: String?,
        base: RequestBaseURL
    ) throws(OAuthError) -> HTTPResponse {
        let redemption = tokens.redeem(code: code, clientID: client.id, redirectURI: redirectURI, verifier: verifier)
        let (pending, approval, family): (PendingAuthorization, Approval, Int)
        switch redemption {
        case .success(let redeemed): (pending, approval, family) = redeemed
        case .failure(let failure): throw .invalidGrant(failure.description)
        }

        let template = TokenGrant(
            clientID: client.id,
            scopes: pending.scopes,
            patientID: approval.patientID,
            encounterID: approval.encounterID,
            username: approval.username,
            fhirUser: approval.fhirUser,
            issuedAt: 0,
            expiresAt: 0
        )
        let issued = try issueTokens(template, family: family)
        let idToken =
            pending.scopes.contains(.openid) ? makeIDToken(issued.grant, nonce: pending.nonce, base: base) : nil
        return TokenResponse.make(issued, idToken: idToken)
    }

    /// An OpenID Connect id token for `grant`, signed with the server's key.
    ///
    /// `fhirUser` (an absolute URL) is added when the grant holds the `fhirUser` scope.
    func makeIDToken(_ grant: TokenGrant, nonce: String?, base: RequestBaseURL) -> String {
        let fhirUser = grant.scopes.contains(.fhirUser) ? grant.fhirUser.map { base.fhirBase + "/" + $0 } : nil
        let claims = JSONValue.object([
            "iss": .string(base.issuer),
            "sub": .string(grant.username ?? grant.clientID),
            "aud": .string(grant.clientID),
            "iat": .int(Int(grant.issuedAt / 1000)),
            "exp": .int(Int(grant.expiresAt / 1000)),
            "fhirUser": fhirUser.map { .string($0) },
            "nonce": nonce.map { .string($0) },
        ])
        return signingKey.sign(claims: claims)
    }
}
