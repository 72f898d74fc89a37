/// A key that could not be read, built or made.
///
/// Messages name the JWK member or the step that failed; they never quote key material.
package struct KeyError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case notAnObject
        case unsupportedKeyType
        case unsupportedCurve
        case missingMember(String)
        case invalidMember(String)
        case rsaKeyTooShort(bits: Int)
        case notAKeySet
        case unreadablePEM
        case rejected(step: String, detail: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) {
        self.reason = reason
    }

    /// The JWK is not a JSON object.
    package static let notAnObject = KeyError(.notAnObject)

    /// The key is neither RSA nor EC (`kty`), or OpenSSL loaded a key of another type.
    package static let unsupportedKeyType = KeyError(.unsupportedKeyType)

    /// The EC key is not on P-256, P-384 or P-521.
    package static let unsupportedCurve = KeyError(.unsupportedCurve)

    /// A JWK or JWK Set lacks a member it needs, such as `n` or `keys`.
    package static func missingMember(_ name: String) -> KeyError { KeyError(.missingMember(name)) }

    /// A JWK member is not of the right type or is not valid base64url.
    package static func invalidMember(_ name: String) -> KeyError { KeyError(.invalidMember(name)) }

    /// The RSA modulus is shorter than the 2048 bits RFC 7518 §3.3 requires.
    package static func rsaKeyTooShort(bits: Int) -> KeyError { KeyError(.rsaKeyTooShort(bits: bits)) }

    /// The document is not a JSON object with a `keys` array.
    package static let notAKeySet = KeyError(.notAKeySet)

    /// The text is not an unencrypted PEM private key.
    package static let unreadablePEM = KeyError(.unreadablePEM)

    /// OpenSSL refused a step, for example a point that is not on its curve.
    static func rejected(step: String) -> KeyError {
        KeyError(.rejected(step: step, detail: OpenSSLErrorQueue.takeMessage()))
    }

    package var description: String {
        switch reason {
        case .notAnObject: "a JWK must be a JSON object"
        case .unsupportedKeyType: "unsupported key type: only RSA and EC keys are accepted"
        case .unsupportedCurve: "unsupported curve: only P-256, P-384 and P-521 are accepted"
        case .missingMember(let name): "the key has no \"\(name)\" member"
        case .invalidMember(let name): "the key's \"\(name)\" member is not valid"
        case .rsaKeyTooShort(let bits): "the RSA key has \(bits) bits; at least 2048 are required"
        case .notAKeySet: "a JWK Set must be a JSON object with a \"keys\" array"
        case .unreadablePEM: "the text is not an unencrypted PEM private key"
        case .rejected(let step, let detail): "OpenSSL rejected the key in \(step): \(detail)"
        }
    }
}
