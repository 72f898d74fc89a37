package import SandboxSupport

/// A public key published as a JSON Web Key (RFC 7517), with the members that limit its use.
///
/// ```swift
/// let key = try JSONWebKey(json: try JSONValue.parse(#"{"kty":"EC","crv":"P-384","x":"…","y":"…"}"#))
/// jws.verify(with: key.publicKey)
/// ```
package struct JSONWebKey: Sendable {
    /// The key ID (`kid`), which a JWS header names to pick this key.
    package let kid: String?
    /// The algorithm the key is meant for (`alg`), as written; it may name one not supported.
    package let alg: String?
    /// The intended use (`use`): `sig` for signatures, `enc` for encryption.
    package let use: String?
    /// The permitted operations (`key_ops`), such as `verify`.
    package let keyOperations: [String]?
    /// The key itself.
    package let publicKey: PublicKey

    /// Reads an RSA (`n`, `e`) or EC (`crv`, `x`, `y`) JWK; private members are ignored.
    ///
    /// - Throws: ``KeyError`` naming the missing or invalid member, or the unsupported type or
    ///   curve; also when OpenSSL refuses the values (a point off its curve, an RSA modulus
    ///   under 2048 bits).
    package init(json: JSONValue) throws(KeyError) {
        guard json.members != nil else { throw .notAnObject }
        self.kid = try Self.optionalString("kid", in: json)
        self.alg = try Self.optionalString("alg", in: json)
        self.use = try Self.optionalString("use", in: json)
        self.keyOperations = try Self.optionalStrings("key_ops", in: json)

        switch try Self.requiredString("kty", in: json) {
        case "RSA":
            let modulus = try Self.requiredBytes("n", in: json)
            let exponent = try Self.requiredBytes("e", in: json)
            self.publicKey = try PublicKey.rsa(modulus: modulus, exponent: exponent)
        case "EC":
            guard let curve = EllipticCurve(rawValue: try Self.requiredString("crv", in: json)) else {
                throw .unsupportedCurve
            }
            let x = try Self.requiredBytes("x", in: json)
            let y = try Self.requiredBytes("y", in: json)
            self.publicKey = try PublicKey.ec(curve: curve, x: x, y: y)
        default:
            throw .unsupportedKeyType
        }
    }

    /// Whether this key may verify signatures made with `algorithm`.
    ///
    /// The key's type (and curve) must suit the algorithm, `use` (when given) must be `sig`,
    /// `key_ops` (when given) must include `verify`, and `alg` (when given) must name it.
    package func isUsable(for algorithm: JWSAlgorithm) -> Bool {
        algorithm.isCompatible(with: publicKey.kind)
            && (use == nil || use == "sig")
            && (keyOperations == nil || keyOperations?.contains("verify") == true)
            && (alg == nil || alg == algorithm.rawValue)
    }
}

// MARK: - Reading members

extension JSONWebKey {
    private static func optionalString(_ name: String, in json: JSONValue) throws(KeyError) -> String? {
        guard let value = json[name] else { return nil }
        guard let string = value.stringValue else { throw .invalidMember(name) }
        return string
    }

    private static func optionalStrings(_ name: String, in json: JSONValue) throws(KeyError) -> [String]? {
        guard let value = json[name] else { return nil }
        guard let strings = value.arrayValue?.compactMap(\.stringValue), strings.count == value.arrayValue?.count
        else { throw .invalidMember(name) }
        return strings
    }

    private static func requiredString(_ name: String, in json: JSONValue) throws(KeyError) -> String {
        guard let string = try optionalString(name, in: json) else { throw .missingMember(name) }
        return string
    }

    private static func requiredBytes(_ name: String, in json: JSONValue) throws(KeyError) -> [UInt8] {
        guard let bytes = Base64URL.decode(try requiredString(name, in: json)), !bytes.isEmpty else {
            throw .invalidMember(name)
        }
        return bytes
    }
}
