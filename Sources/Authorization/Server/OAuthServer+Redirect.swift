import SandboxHTTP
import SandboxSupport

/// Answers the authorize endpoint sends to the client's redirect URI.
extension OAuthServer {
    /// Issues a code for an approved authorization and sends the user back to the client.
    func approve(_ pending: PendingAuthorization, approval: Approval) -> HTTPResponse {
        let code = tokens.makeCode(for: pending, approval: approval)
        logger.debug("authorization approved", metadata: ["oauth.client.id": pending.clientID])
        return Self.redirect(
            pending.redirectURI,
            [(name: "code", encodedValue: FormEncoding.encode(code))],
            rawState: pending.rawState
        )
    }

    /// Sends an authorize error to the client's redirect URI.
    func redirect(to redirectURI: String, error: OAuthError, rawState: String?) -> HTTPResponse {
        logger.debug("authorization refused", metadata: ["oauth.error": error.errorCode])
        let pairs = [
            (name: "error", encodedValue: error.errorCode),
            (name: "error_description", encodedValue: FormEncoding.encode(error.message)),
        ]
        return Self.redirect(redirectURI, pairs, rawState: rawState)
    }

    private static func redirect(
        _ redirectURI: String,
        _ pairs: [(name: String, encodedValue: String)],
        rawState: String?
    ) -> HTTPResponse {
        let all = pairs + (rawState.map { [(name: "state", encodedValue: $0)] } ?? [])
        return HTTPResponse(
            status: 302,
            headers: ["Location": RedirectURI.appending(all, to: redirectURI), "Cache-Control": "no-store"]
        )
    }
}
