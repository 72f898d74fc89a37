import COpenSSL

/// Questions asked of an OpenSSL `EVP_PKEY`, shared by ``PublicKey`` and ``PrivateKey``.
enum EVPKey {
    /// The smallest RSA modulus accepted, in bits (RFC 7518 §3.3: "A key of size 2048 bits or
    /// larger MUST be used with these algorithms").
    static let minimumRSABits = 2048

    /// The kind of `key`, or an error when it is not an RSA key of at least 2048 bits or an EC
    /// key on a supported curve.
    ///
    /// Wraps [`EVP_PKEY_is_a`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_is_a.html) ("checks
    /// if the key type of pkey is name"),
    /// [`EVP_PKEY_get_bits`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_get_bits.html) and
    /// [`EVP_PKEY_get_group_name`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_get_group_name.html).
    static func kind(of key: OpaquePointer) throws(KeyError) -> KeyKind {
        if EVP_PKEY_is_a(key, "RSA") == 1 {
            let bits = Int(EVP_PKEY_get_bits(key))
            guard bits >= minimumRSABits else { throw .rsaKeyTooShort(bits: bits) }
            return .rsa(bits: bits)
        }
        guard EVP_PKEY_is_a(key, "EC") == 1 else { throw .unsupportedKeyType }
        guard let curve = groupName(of: key).flatMap(EllipticCurve.init(openSSLGroupName:)) else {
            throw .unsupportedCurve
        }
        return .ec(curve)
    }

    /// The name of the EC group of `key`, such as `prime256v1`.
    private static func groupName(of key: OpaquePointer) -> String? {
        var name = [CChar](repeating: 0, count: 64)
        var length = 0
        guard EVP_PKEY_get_group_name(key, &name, name.count, &length) == 1 else {
            OpenSSLErrorQueue.clear()
            return nil
        }
        return String(decoding: name.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The integer parameter `name` of `key` as big-endian bytes, padded to `length` when given.
    ///
    /// Wraps [`EVP_PKEY_get_bn_param`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_get_bn_param.html),
    /// which "retrieves a key pkey BIGNUM value **bn" that "must be freed by the caller".
    static func integer(_ name: String, of key: OpaquePointer, length: Int? = nil) -> [UInt8] {
        var number: OpaquePointer?
        guard EVP_PKEY_get_bn_param(key, name, &number) == 1, let number else {
            fatalError("EVP_PKEY_get_bn_param found no \(name) in a key of a known kind")
        }
        defer { BN_free(number) }
        guard let length else { return BigNumber.bytes(of: number) }
        guard let bytes = BigNumber.bytes(of: number, length: length) else {
            fatalError("an EC coordinate longer than its curve")
        }
        return bytes
    }

    /// Calls `body` with a new key context for the algorithm named `type`, freed when `body`
    /// returns.
    ///
    /// Wraps [`EVP_PKEY_CTX_new_from_name`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_CTX_new_from_name.html).
    /// OpenSSL 3.0 keeps the `name` pointer in the context without copying it, so the name's C
    /// string is kept alive for the context's whole life.
    static func withContext<Result>(
        type: String,
        _ body: (OpaquePointer) throws(KeyError) -> Result
    ) throws(KeyError) -> Result {
        let outcome: Swift.Result<Result, KeyError> = type.withCString { name in
            guard let context = EVP_PKEY_CTX_new_from_name(nil, name, nil) else {
                return .failure(.rejected(step: "EVP_PKEY_CTX_new_from_name"))
            }
            defer { EVP_PKEY_CTX_free(context) }
            return Swift.Result { () throws(KeyError) in try body(context) }
        }
        return try outcome.get()
    }
}
