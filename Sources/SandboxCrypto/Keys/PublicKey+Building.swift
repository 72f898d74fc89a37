import COpenSSL

/// Building public keys from their published parameters, OpenSSL 3 style: the values go into an
/// `OSSL_PARAM` array made with `OSSL_PARAM_BLD`, and `EVP_PKEY_fromdata` turns them into a key.
///
/// The builder keeps parameter names and values by reference
/// ([OSSL_PARAM_BLD](https://www.openssl.org/docs/man3.0/man3/OSSL_PARAM_BLD.html): a BIGNUM
/// "must exist until after OSSL_PARAM_BLD_to_param() has been called"), and the array it makes
/// points at the names. So names come from the shim's static C strings, and values stay
/// alive in the enclosing scope until the key is made.
extension PublicKey {
    /// The RSA public key with modulus `modulus` and public exponent `exponent`, both unsigned
    /// big-endian.
    ///
    /// - Throws: ``KeyError/rsaKeyTooShort(bits:)`` below 2048 bits, or a ``KeyError`` when
    ///   OpenSSL finds the values invalid.
    package static func rsa(modulus: [UInt8], exponent: [UInt8]) throws(KeyError) -> PublicKey {
        let n = BigNumber.make(modulus)
        let e = BigNumber.make(exponent)
        defer {
            BN_free(n)
            BN_free(e)
        }
        return try fromData(type: "RSA") { builder in
            OSSL_PARAM_BLD_push_BN(builder, copenssl_param_name_rsa_n(), n) == 1
                && OSSL_PARAM_BLD_push_BN(builder, copenssl_param_name_rsa_e(), e) == 1
        }
    }

    /// The EC public key at point (`x`, `y`) on `curve`, coordinates unsigned big-endian of the
    /// curve's full length.
    ///
    /// - Throws: ``KeyError/invalidMember(_:)`` when a coordinate has the wrong length, or a
    ///   ``KeyError`` when OpenSSL finds the point is not on the curve.
    package static func ec(curve: EllipticCurve, x: [UInt8], y: [UInt8]) throws(KeyError) -> PublicKey {
        guard x.count == curve.coordinateByteCount else { throw .invalidMember("x") }
        guard y.count == curve.coordinateByteCount else { throw .invalidMember("y") }

        // SEC 1 §2.3.3 uncompressed point: 0x04 || X || Y.
        let point = [0x04] + x + y
        let result = curve.openSSLGroupName.withCString { groupName in
            point.withCBuffer { pointBytes, pointCount in
                Result { () throws(KeyError) in
                    try fromData(type: "EC") { builder in
                        OSSL_PARAM_BLD_push_utf8_string(builder, copenssl_param_name_group(), groupName, 0) == 1
                            && OSSL_PARAM_BLD_push_octet_string(
                                builder,
                                copenssl_param_name_public_key(),
                                pointBytes,
                                pointCount
                            ) == 1
                    }
                }
            }
        }
        return try result.get()
    }

    /// Makes a public key of `type` from the parameters `push` adds to a builder, then checks it.
    ///
    /// Wraps [`EVP_PKEY_fromdata`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_fromdata.html),
    /// which "creates the structure to store a key ... taking data from params" and returns 1 on
    /// success.
    private static func fromData(type: String, push: (OpaquePointer) -> Bool) throws(KeyError) -> PublicKey {
        guard let builder = OSSL_PARAM_BLD_new() else { fatalError("OSSL_PARAM_BLD_new could not allocate") }
        defer { OSSL_PARAM_BLD_free(builder) }
        guard push(builder), let parameters = OSSL_PARAM_BLD_to_param(builder) else {
            throw .rejected(step: "OSSL_PARAM_BLD")
        }
        defer { OSSL_PARAM_free(parameters) }

        let key = try EVPKey.withContext(type: type) { context throws(KeyError) in
            var key: OpaquePointer?
            guard EVP_PKEY_fromdata_init(context) == 1,
                EVP_PKEY_fromdata(context, &key, copenssl_EVP_PKEY_PUBLIC_KEY(), parameters) == 1,
                let key
            else { throw .rejected(step: "EVP_PKEY_fromdata") }
            return key
        }

        let publicKey = try PublicKey(taking: key)
        try publicKey.checkPublicComponent()
        return publicKey
    }

    /// Checks the public half of the key, for EC that the point lies on the curve.
    ///
    /// Wraps [`EVP_PKEY_public_check`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_public_check.html),
    /// which "validates the public component of the key given by ctx" and returns 1 for success.
    private func checkPublicComponent() throws(KeyError) {
        guard let context = EVP_PKEY_CTX_new_from_pkey(nil, key, nil) else {
            throw .rejected(step: "EVP_PKEY_CTX_new_from_pkey")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_public_check(context) == 1 else { throw .rejected(step: "EVP_PKEY_public_check") }
    }
}
