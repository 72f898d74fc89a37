/// Checking a parsed JWS's signature.
extension JWS {
    /// Whether the signature was made by the private half of `key` with the header's algorithm.
    ///
    /// False also when the key does not suit the algorithm (an RSA key for `ES384`, a P-256 key
    /// for `ES384`) or the algorithm is HMAC; ``checkSignature(with:)`` says which.
    package func verify(with key: PublicKey) -> Bool {
        (try? checkSignature(with: key)) != nil
    }

    /// Checks the signature against `key`.
    ///
    /// - Throws: ``JWSError/secretRequired`` for an HMAC algorithm, ``JWSError/keyMismatch`` when
    ///   the key's type or curve does not suit the algorithm, ``JWSError/invalidSignature`` when
    ///   the signature does not verify.
    package func checkSignature(with key: PublicKey) throws(JWSError) {
        guard algorithm.family != .hmac else { throw .secretRequired }
        guard algorithm.isCompatible(with: key.kind) else { throw .keyMismatch }
        guard SignatureOperation.verify(signature, over: signingInput, key: key.key, algorithm: algorithm) else {
            throw .invalidSignature
        }
    }

    /// Whether the HS256 signature was made with `secret`.
    package func verify(secret: some Collection<UInt8>) -> Bool {
        (try? checkSignature(secret: secret)) != nil
    }

    /// Checks an HS256 signature against `secret`, comparing in constant time.
    ///
    /// - Throws: ``JWSError/keyRequired`` when the algorithm is not HMAC,
    ///   ``JWSError/secretTooShort`` below 32 bytes, ``JWSError/invalidSignature`` otherwise.
    package func checkSignature(secret: some Collection<UInt8>) throws(JWSError) {
        guard algorithm.family == .hmac else { throw .keyRequired }
        guard secret.count >= Self.minimumSecretByteCount else { throw .secretTooShort }
        let expected = HMAC.sha256(key: secret, message: signingInput)
        guard ConstantTime.isEqual(expected, signature) else { throw .invalidSignature }
    }

    /// The shortest HS256 secret accepted: RFC 7518 §3.2 requires "a key of the same size as
    /// the hash output ... or larger".
    package static let minimumSecretByteCount = 32
}
