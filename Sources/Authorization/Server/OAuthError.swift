package import SandboxHTTP
import SandboxSupport

/// An error answer of the token, introspection or revocation endpoint (RFC 6749 §5.2).
///
/// The body is `{"error": ..., "error_description": ...}` with the RFC's status. Two athenaOne
/// shapes are kept as athenaOne sends them: a token request without `scope` gets
/// ``scopeMissing``, and the refresh fault mode gets ``refreshNeedsSignIn``.
package struct OAuthError: Error, Sendable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case invalidRequest = "invalid_request"
        case invalidClient = "invalid_client"
        case invalidGrant = "invalid_grant"
        case unauthorizedClient = "unauthorized_client"
        case unsupportedGrantType = "unsupported_grant_type"
        case invalidScope = "invalid_scope"
        case unsupportedResponseType = "unsupported_response_type"
        case accessDenied = "access_denied"
        case loginRequired = "login_required"
        case rateLimited = "rate_limited"
    }

    private let code: Code
    /// The HTTP status the error is sent with.
    package let status: Int
    /// Why, in words for the developer; never quotes a secret or token.
    package let message: String
    private var extraHeaders: [(name: String, value: String)] = []
    private var bodyOverride: JSONValue?

    private init(_ code: Code, status: Int = 400, _ message: String) {
        self.code = code
        self.status = status
        self.message = message
    }

    /// The `error` code, such as `invalid_grant`.
    package var errorCode: String { code.rawValue }

    package var description: String { "\(code.rawValue): \(message)" }

    static func invalidRequest(_ message: String) -> OAuthError {
        OAuthError(.invalidRequest, message)
    }

    /// Client authentication failed: 401, with a `Basic` challenge when Basic was tried.
    static func invalidClient(_ message: String, basicChallenge: Bool) -> OAuthError {
        var error = OAuthError(.invalidClient, status: 401, message)
        if basicChallenge { error.extraHeaders.append((name: "WWW-Authenticate", value: #"Basic realm="oauth2""#)) }
        return error
    }

    static func invalidGrant(_ message: String) -> OAuthError {
        OAuthError(.invalidGrant, message)
    }

    static func unauthorizedClient(_ message: String) -> OAuthError {
        OAuthError(.unauthorizedClient, message)
    }

    static func unsupportedGrantType(_ message: String) -> OAuthError {
        OAuthError(.unsupportedGrantType, message)
    }

    static func invalidScope(_ message: String) -> OAuthError {
        OAuthError(.invalidScope, message)
    }

    static func unsupportedResponseType(_ message: String) -> OAuthError {
        OAuthError(.unsupportedResponseType, message)
    }

    /// The user or the session refused the authorization (sent to the redirect URI).
    static func accessDenied(_ message: String) -> OAuthError {
        OAuthError(.accessDenied, message)
    }

    /// `prompt=none` was asked, but the request could not be approved without a page (sent to
    /// the redirect URI).
    static func loginRequired(_ message: String) -> OAuthError {
        OAuthError(.loginRequired, message)
    }

    /// athenaOne's answer to a token request with no `scope`: 401 `access_denied` with a
    /// `detailedmessage` instead of `error_description`.
    static let scopeMissing: OAuthError = {
        var error = OAuthError(.accessDenied, status: 401, "the scope parameter is required")
        error.bodyOverride = .object([
            "error": "access_denied",
            "detailedmessage":
                "Policy evaluation failed: the request names no scope, and no scope is granted by default.",
        ])
        return error
    }()

    /// Too many tokens this minute: 429 with `Retry-After` in seconds.
    static func rateLimited(retryAfter seconds: Int, limit: Int) -> OAuthError {
        var error = OAuthError(
            .rateLimited,
            status: 429,
            "at most \(limit) tokens per client per minute; retry in \(seconds) s"
        )
        error.extraHeaders.append((name: "Retry-After", value: String(seconds)))
        return error
    }

    /// The athenaOne fault: a refresh after the access token expired is refused as
    /// `invalid_client` with `expires_in: 0`, and the user must sign in again.
    static func refreshNeedsSignIn(basicChallenge: Bool) -> OAuthError {
        var error = invalidClient(
            "the refresh token no longer maps to a signed-in session; the user must sign in again",
            basicChallenge: basicChallenge
        )
        error.bodyOverride = .object([
            "expires_in": 0,
            "error": "invalid_client",
            "error_description": .string(error.message),
        ])
        return error
    }

    /// The error as an HTTP response that no cache keeps.
    package var response: HTTPResponse {
        let body = bodyOverride ?? .object(["error": .string(code.rawValue), "error_description": .string(message)])
        var response = HTTPResponse.json(bytes: body.encodedBytes(), status: status)
        response.headers.add(name: "Cache-Control", value: "no-store")
        response.headers.add(name: "Pragma", value: "no-cache")
        for header in extraHeaders {
            response.headers.add(name: header.name, value: header.value)
        }
        return response
    }
}
