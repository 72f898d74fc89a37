/// What sort of asymmetric key a ``PublicKey`` or ``PrivateKey`` is.
package enum KeyKind: Sendable, Hashable {
    /// An RSA key with a modulus of `bits` bits.
    case rsa(bits: Int)
    /// An EC key on `curve`.
    case ec(EllipticCurve)

    /// The JWK `kty` value for this kind.
    package var jwkType: String {
        switch self {
        case .rsa: "RSA"
        case .ec: "EC"
        }
    }
}
