import SandboxHTTP
import SandboxSupport

/// `/oauth2/v1/introspect` (RFC 7662) and `/oauth2/v1/revoke` (RFC 7009).
extension OAuthServer {
    /// Reports whether a token is live and what it grants, to the client it was issued to.
    ///
    /// A token of another client answers `{"active": false}` as an unknown one does, so a
    /// client, even a public one that names itself by `client_id` alone, learns nothing about
    /// tokens it did not get. athenaOne documents a `GET` with query parameters; a form `POST`
    /// works too.
    func introspect(_ request: HTTPRequest) -> HTTPResponse {
        do {
            let parameters = try OAuthParameters.of(request)
            let caller = try authenticateCaller(request, parameters: parameters, endpoint: "introspect")
            let token = try parameters.required("token")
            let report = introspection(of: token, clientID: caller.client.id)
            return Self.noStore(.json(bytes: report.encodedBytes()))
        } catch {
            return error.response
        }
    }

    /// Revokes a token of the calling client; answers 200 whether or not the token was live.
    func revoke(_ request: HTTPRequest) -> HTTPResponse {
        do {
            let parameters = try OAuthParameters.formBody(of: request)
            let caller = try authenticateCaller(request, parameters: parameters, endpoint: "revoke")
            let token = try parameters.required("token")
            if tokens.revoke(token: token, clientID: caller.client.id) {
                logger.debug(
                    "token revoked",
                    metadata: ["oauth.client.id": caller.client.id, "oauth.token.fingerprint": Fingerprint.of(token)]
                )
            }
            return Self.noStore(.empty(status: 200))
        } catch {
            return error.response
        }
    }

    private func authenticateCaller(
        _ request: HTTPRequest,
        parameters: OAuthParameters,
        endpoint: String
    ) throws(OAuthError) -> ClientAuthenticator.Authenticated {
        let base = baseURL(of: request)
        return try authenticator.authenticate(
            request,
            parameters: parameters,
            audiences: [base.tokenEndpoint, base.issuer + "/" + endpoint],
            now: clock.now
        )
    }

    private func introspection(of token: String, clientID: String) -> JSONValue {
        guard let found = tokens.introspect(token), found.grant.clientID == clientID else {
            return .object(["active": false])
        }
        let grant = found.grant
        return .object([
            "active": true,
            "scope": .string(grant.scopes.description),
            "client_id": .string(grant.clientID),
            "token_type": found.isRefreshToken ? "refresh_token" : "Bearer",
            "exp": found.isRefreshToken ? nil : .int(Int(grant.expiresAt / 1000)),
            "iat": .int(Int(grant.issuedAt / 1000)),
            "sub": grant.username.map { .string($0) },
            "patient": grant.patientID.map { .string($0) },
            "encounter": grant.encounterID.map { .string($0) },
            "fhirUser": grant.fhirUser.map { .string($0) },
        ])
    }

    private static func noStore(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers.add(name: "Cache-Control", value: "no-store")
        response.headers.add(name: "Pragma", value: "no-cache")
        return response
    }
}
