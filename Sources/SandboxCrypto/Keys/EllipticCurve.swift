/// The NIST curves JOSE signs with (RFC 7518 §3.4).
package enum EllipticCurve: String, Sendable, Hashable, CaseIterable {
    case p256 = "P-256"
    case p384 = "P-384"
    case p521 = "P-521"

    /// The curve's name in a JWK's `crv` member.
    package var jwkName: String { rawValue }

    /// The length of one coordinate, and of each of R and S in a JOSE signature, in bytes.
    package var coordinateByteCount: Int {
        switch self {
        case .p256: 32
        case .p384: 48
        case .p521: 66
        }
    }

    /// The name OpenSSL reports for the curve's group.
    var openSSLGroupName: String {
        switch self {
        case .p256: "prime256v1"
        case .p384: "secp384r1"
        case .p521: "secp521r1"
        }
    }

    /// The curve whose OpenSSL group name or NIST name is `name`.
    init?(openSSLGroupName name: String) {
        guard let curve = Self.allCases.first(where: { $0.openSSLGroupName == name || $0.rawValue == name }) else {
            return nil
        }
        self = curve
    }
}
