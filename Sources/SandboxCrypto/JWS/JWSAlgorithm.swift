/// The JWS signature algorithms the sandbox signs and verifies (RFC 7518 §3.1).
///
/// `none` is deliberately absent: an unsecured JWS is never accepted.
package enum JWSAlgorithm: String, Sendable, Hashable, CaseIterable {
    case rs256 = "RS256"
    case rs384 = "RS384"
    case rs512 = "RS512"
    case ps256 = "PS256"
    case ps384 = "PS384"
    case ps512 = "PS512"
    case es256 = "ES256"
    case es384 = "ES384"
    case es512 = "ES512"
    case hs256 = "HS256"

    /// How an algorithm signs, which decides the key it needs.
    package enum Family: Sendable, Hashable {
        /// RSASSA-PKCS1-v1_5 with an RSA key.
        case rsaPKCS1
        /// RSASSA-PSS with an RSA key, salt as long as the digest.
        case rsaPSS
        /// ECDSA with a key on the given curve, signature R || S.
        case ecdsa(EllipticCurve)
        /// HMAC with a shared secret.
        case hmac
    }

    /// How this algorithm signs.
    package var family: Family {
        switch self {
        case .rs256, .rs384, .rs512: .rsaPKCS1
        case .ps256, .ps384, .ps512: .rsaPSS
        case .es256: .ecdsa(.p256)
        case .es384: .ecdsa(.p384)
        case .es512: .ecdsa(.p521)
        case .hs256: .hmac
        }
    }

    /// The SHA-2 digest length in bits: 256, 384 or 512.
    var digestBits: Int {
        switch self {
        case .rs256, .ps256, .es256, .hs256: 256
        case .rs384, .ps384, .es384: 384
        case .rs512, .ps512, .es512: 512
        }
    }

    /// Whether a key of `kind` can make and check this algorithm's signatures.
    ///
    /// RSA algorithms need an RSA key; each ECDSA algorithm needs a key on its own curve; HMAC
    /// needs a shared secret rather than a key pair.
    package func isCompatible(with kind: KeyKind) -> Bool {
        switch (family, kind) {
        case (.rsaPKCS1, .rsa), (.rsaPSS, .rsa): true
        case (.ecdsa(let curve), .ec(let keyCurve)): curve == keyCurve
        default: false
        }
    }
}
