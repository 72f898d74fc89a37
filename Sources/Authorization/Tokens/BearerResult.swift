/// What the `Authorization` header of a resource request amounts to.
package enum BearerResult: Sendable, Hashable {
    /// No credentials at all: answer 401 with a bare `Bearer` challenge.
    case missing
    /// Credentials that do not work: answer 401 with `error="invalid_token"`.
    case invalid(InvalidBearer)
    /// A live access token and what it grants.
    case valid(TokenGrant)
}

/// Why a bearer credential does not work; the reason may go in `error_description`.
package enum InvalidBearer: Sendable, Hashable, CustomStringConvertible {
    /// The header is not `Bearer <token>`.
    case malformed
    /// No access token has this value (an authorization code or refresh token included).
    case unknown
    /// The access token's lifetime is over.
    case expired
    /// The access token was revoked.
    case revoked

    package var description: String {
        switch self {
        case .malformed: "the Authorization header is not a Bearer token"
        case .unknown: "the access token is not recognised"
        case .expired: "the access token has expired"
        case .revoked: "the access token has been revoked"
        }
    }
}
