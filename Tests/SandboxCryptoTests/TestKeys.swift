import SandboxCrypto
import SandboxSupport

/// Keys shared by the tests; generating RSA keys is slow enough to do once.
enum TestKeys {
    static let rsa = makeKey { try PrivateKey.generateRSA() }
    static let otherRSA = makeKey { try PrivateKey.generateRSA() }
    static let p256 = makeKey { try PrivateKey.generateEC(curve: .p256) }
    static let p384 = makeKey { try PrivateKey.generateEC(curve: .p384) }
    static let p521 = makeKey { try PrivateKey.generateEC(curve: .p521) }
    static let otherP384 = makeKey { try PrivateKey.generateEC(curve: .p384) }

    /// A key suited to `algorithm`.
    static func key(for algorithm: JWSAlgorithm) -> PrivateKey {
        switch algorithm.family {
        case .rsaPKCS1, .rsaPSS: rsa
        case .ecdsa(.p256): p256
        case .ecdsa(.p384): p384
        case .ecdsa(.p521): p521
        case .hmac: fatalError("HMAC uses a secret, not a key")
        }
    }

    /// A different key of the same kind as `key(for:)` gives.
    static func otherKey(for algorithm: JWSAlgorithm) -> PrivateKey {
        switch algorithm.family {
        case .rsaPKCS1, .rsaPSS: otherRSA
        case .ecdsa(.p384): otherP384
        case .ecdsa(let curve): makeKey { try PrivateKey.generateEC(curve: curve) }
        case .hmac: fatalError("HMAC uses a secret, not a key")
        }
    }

    private static func makeKey(_ make: () throws -> PrivateKey) -> PrivateKey {
        do {
            return try make()
        } catch {
            fatalError("test key generation failed: \(error)")
        }
    }

    /// Claims shaped like a SMART backend-services client assertion.
    static let claims: JSONValue = .object([
        JSONValue.Member("iss", "client-1"),
        JSONValue.Member("sub", "client-1"),
        JSONValue.Member("aud", "https://sandbox.example/oauth2/token"),
        JSONValue.Member("exp", 1_900_000_000),
        JSONValue.Member("jti", "assertion-1"),
    ])
}

/// Building compact JWS text by hand, to test what the signer would never produce.
enum CompactJWS {
    /// `header` and `payload` JSON text encoded and joined with `signature`.
    static func make(header: String, payload: String, signature: [UInt8]) -> String {
        [Base64URL.encode(Array(header.utf8)), Base64URL.encode(Array(payload.utf8)), Base64URL.encode(signature)]
            .joined(separator: ".")
    }

    /// `token` with its part at `index` replaced by `replacement`.
    static func replacing(part index: Int, of token: String, with replacement: String) -> String {
        var parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        parts[index] = replacement
        return parts.joined(separator: ".")
    }
}
