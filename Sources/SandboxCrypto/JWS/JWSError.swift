/// A JWS that could not be read, signed or verified.
///
/// Messages describe what was wrong in terms of the JWS structure; they never quote the token.
package struct JWSError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case tooLong
        case notCompact
        case invalidEncoding(part: String)
        case headerNotObject
        case claimsNotObject
        case missingAlgorithm
        case unsecured
        case unsupportedAlgorithm
        case unsupportedCriticalHeader
        case keyMismatch
        case secretRequired
        case keyRequired
        case secretTooShort
        case invalidSignature
        case signingFailed(detail: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) {
        self.reason = reason
    }

    /// The text is longer than ``JWS/maximumLength``.
    package static let tooLong = JWSError(.tooLong)
    /// The text is not three dot-separated parts (an encrypted JWE has five).
    package static let notCompact = JWSError(.notCompact)
    /// The `header`, `payload` or `signature` part is not unpadded base64url.
    package static func invalidEncoding(part: String) -> JWSError { JWSError(.invalidEncoding(part: part)) }
    /// The header is not a JSON object.
    package static let headerNotObject = JWSError(.headerNotObject)
    /// The claims to sign are not a JSON object.
    package static let claimsNotObject = JWSError(.claimsNotObject)
    /// The header has no `alg` string.
    package static let missingAlgorithm = JWSError(.missingAlgorithm)
    /// The header says `alg: none`; unsecured tokens are never accepted.
    package static let unsecured = JWSError(.unsecured)
    /// The header names an algorithm this server does not implement.
    package static let unsupportedAlgorithm = JWSError(.unsupportedAlgorithm)
    /// The header has a `crit` member; no extension is understood (RFC 7515 §4.1.11).
    package static let unsupportedCriticalHeader = JWSError(.unsupportedCriticalHeader)
    /// The key's type or curve does not match the algorithm.
    package static let keyMismatch = JWSError(.keyMismatch)
    /// The algorithm is HMAC, so a shared secret is needed, not a key pair.
    package static let secretRequired = JWSError(.secretRequired)
    /// The algorithm uses a key pair, so a shared secret cannot sign or verify it.
    package static let keyRequired = JWSError(.keyRequired)
    /// The shared secret is shorter than the 32 bytes HS256 requires (RFC 7518 §3.2).
    package static let secretTooShort = JWSError(.secretTooShort)
    /// The signature does not verify.
    package static let invalidSignature = JWSError(.invalidSignature)

    /// OpenSSL could not make a signature.
    static func signingFailed() -> JWSError {
        JWSError(.signingFailed(detail: OpenSSLErrorQueue.takeMessage()))
    }

    package var description: String {
        switch reason {
        case .tooLong: "the JWS is longer than \(JWS.maximumLength) characters"
        case .notCompact: "a JWS must have three base64url parts separated by dots"
        case .invalidEncoding(let part): "the JWS \(part) is not unpadded base64url"
        case .headerNotObject: "the JWS header is not a JSON object"
        case .claimsNotObject: "the JWT claims are not a JSON object"
        case .missingAlgorithm: "the JWS header has no \"alg\" string"
        case .unsecured: "unsecured JWS (\"alg\": \"none\") is not accepted"
        case .unsupportedAlgorithm: "the JWS \"alg\" is not supported"
        case .unsupportedCriticalHeader: "the JWS header lists critical extensions (\"crit\"), which are not supported"
        case .keyMismatch: "the key does not match the JWS \"alg\""
        case .secretRequired: "an HMAC JWS needs a shared secret"
        case .keyRequired: "this JWS \"alg\" needs a public or private key, not a shared secret"
        case .secretTooShort: "an HS256 secret must be at least 32 bytes"
        case .invalidSignature: "the JWS signature does not verify"
        case .signingFailed(let detail): "OpenSSL could not sign: \(detail)"
        }
    }
}
