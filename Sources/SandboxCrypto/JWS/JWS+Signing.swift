package import SandboxSupport

/// Making compact JWS tokens (id_tokens, and client assertions in tests).
extension JWS {
    /// Signs `claims` with `key` and returns the compact JWS.
    ///
    /// The header is `header` with `alg` set (first) to `algorithm`; add `kid` and `typ` to
    /// `header` as needed.
    ///
    /// - Throws: ``JWSError/secretRequired`` for HS256, ``JWSError/keyMismatch`` when the key
    ///   does not suit `algorithm`, ``JWSError/headerNotObject`` or ``JWSError/claimsNotObject``.
    package static func sign(
        header: JSONValue = .object([]),
        claims: JSONValue,
        with key: PrivateKey,
        algorithm: JWSAlgorithm
    ) throws(JWSError) -> String {
        guard algorithm.family != .hmac else { throw .secretRequired }
        guard algorithm.isCompatible(with: key.kind) else { throw .keyMismatch }
        let input = try signingInput(header: header, claims: claims, algorithm: algorithm)
        guard let signature = SignatureOperation.sign(input, key: key.key, algorithm: algorithm) else {
            throw .signingFailed()
        }
        return compact(signingInput: input, signature: signature)
    }

    /// Signs `claims` with HS256 under `secret` and returns the compact JWS.
    ///
    /// - Throws: ``JWSError/secretTooShort`` below 32 bytes, ``JWSError/headerNotObject`` or
    ///   ``JWSError/claimsNotObject``.
    package static func sign(
        header: JSONValue = .object([]),
        claims: JSONValue,
        secret: some Collection<UInt8>
    ) throws(JWSError) -> String {
        guard secret.count >= minimumSecretByteCount else { throw .secretTooShort }
        let input = try signingInput(header: header, claims: claims, algorithm: .hs256)
        return compact(signingInput: input, signature: HMAC.sha256(key: secret, message: input))
    }

    private static func signingInput(
        header: JSONValue,
        claims: JSONValue,
        algorithm: JWSAlgorithm
    ) throws(JWSError) -> [UInt8] {
        guard let members = header.members else { throw .headerNotObject }
        guard claims.members != nil else { throw .claimsNotObject }
        let fullHeader = JSONValue.object(
            [JSONValue.Member("alg", .string(algorithm.rawValue))] + members.filter { $0.key != "alg" }
        )
        let text = Base64URL.encode(fullHeader.encodedBytes()) + "." + Base64URL.encode(claims.encodedBytes())
        return Array(text.utf8)
    }

    private static func compact(signingInput: [UInt8], signature: [UInt8]) -> String {
        String(decoding: signingInput, as: UTF8.self) + "." + Base64URL.encode(signature)
    }
}
