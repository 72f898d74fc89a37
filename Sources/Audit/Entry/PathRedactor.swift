import SandboxHTTP

/// Removes credentials from request targets before they are kept.
///
/// OAuth clients put secrets in query strings more often than they should: an authorization
/// code or a refresh token in a `GET`, a `client_secret` tacked onto a URL, an `access_token`
/// parameter instead of an `Authorization` header. The audit log keeps the target so a reviewer
/// can see what was asked, so it keeps every parameter name but replaces the value of each
/// parameter in ``secretParameters`` with ``placeholder``:
///
/// ```swift
/// PathRedactor.redact("/oauth2/v1/token?grant_type=refresh_token&refresh_token=abc")
/// // "/oauth2/v1/token?grant_type=refresh_token&refresh_token=[redacted]"
/// ```
///
/// Names are compared after percent-decoding and without regard to case, so
/// `Client%5FSecret=...` is caught too. Redacting is idempotent.
///
/// `code` is a credential everywhere except on FHIR paths, where it is the clinical search
/// parameter (`Observation?code=http://loinc.org|2339-0`) and is exactly what a reviewer needs
/// to see.
package enum PathRedactor {
    /// The parameter names whose values are never kept, lowercased.
    package static let secretParameters: Set<String> = [
        "code", "code_verifier", "client_secret", "client_assertion", "refresh_token", "token",
        "access_token", "password", "authorization",
    ]

    /// What a redacted value reads as.
    package static let placeholder = "[redacted]"

    /// `target` with the value of every credential parameter of its query replaced.
    ///
    /// - Parameter target: A raw request target: a path, optionally followed by `?` and a
    ///   still-encoded query.
    /// - Returns: The target with each credential value replaced by ``placeholder``.
    package static func redact(_ target: String) -> String {
        guard let mark = target.firstIndex(of: "?") else { return target }
        let path = target[..<mark]
        let query = target[target.index(after: mark)...]
        let keepsCode = AuditEntry.family(ofPath: String(path)) == "fhir"
        let pieces = query.split(separator: "&", omittingEmptySubsequences: false).map {
            redact(piece: $0, keepsCode: keepsCode)
        }
        return path + "?" + pieces.joined(separator: "&")
    }

    /// One `name=value` piece, with its value replaced when the name is a credential's.
    private static func redact(piece: Substring, keepsCode: Bool) -> Substring {
        guard let equals = piece.firstIndex(of: "=") else { return piece }
        let rawName = piece[..<equals]
        guard piece.index(after: equals) != piece.endIndex else { return piece }

        let name = (HTTPRequest.percentDecode(rawName, plusAsSpace: true) ?? String(rawName)).lowercased()
        guard secretParameters.contains(name), !(keepsCode && name == "code") else { return piece }
        return rawName + "=" + placeholder
    }
}
