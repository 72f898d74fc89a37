import COpenSSL
package import SandboxSupport

/// An RSA or EC private key held by OpenSSL, used to sign tokens.
///
/// Ownership: an instance owns one reference to its `EVP_PKEY` and drops it with
/// [`EVP_PKEY_free`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_free.html) in `deinit`.
/// ``publicKey`` takes a reference of its own to the same `EVP_PKEY`.
///
/// Sendable for the reason ``PublicKey`` gives: the `EVP_PKEY` is never changed after `init`,
/// and each signature is made in a context of its own.
package final class PrivateKey: @unchecked Sendable {
    /// The owned `EVP_PKEY *`.
    let key: OpaquePointer

    /// Whether this is an RSA or an EC key, and its size or curve.
    package let kind: KeyKind

    /// Takes ownership of `key`, freeing it if it is of an unsupported kind.
    init(taking key: OpaquePointer) throws(KeyError) {
        do {
            self.kind = try EVPKey.kind(of: key)
        } catch {
            EVP_PKEY_free(key)
            throw error
        }
        self.key = key
    }

    deinit {
        EVP_PKEY_free(key)
    }

    /// The public half of this key.
    package var publicKey: PublicKey {
        PublicKey(sharing: key, kind: kind)
    }

    /// The public JWK of this key; see ``PublicKey/jwk(kid:alg:)``. No private member is written.
    package func publicJWK(kid: String? = nil, alg: JWSAlgorithm? = nil) -> JSONValue {
        publicKey.jwk(kid: kid, alg: alg)
    }
}

// MARK: - Generating

extension PrivateKey {
    /// A new RSA key with a modulus of `bits` bits and exponent 65537.
    ///
    /// - Throws: ``KeyError/rsaKeyTooShort(bits:)`` below 2048 bits.
    package static func generateRSA(bits: Int = 2048) throws(KeyError) -> PrivateKey {
        guard bits >= EVPKey.minimumRSABits else { throw .rsaKeyTooShort(bits: bits) }
        return try generate(type: "RSA") { context in
            EVP_PKEY_CTX_set_rsa_keygen_bits(context, Int32(bits)) == 1
        }
    }

    /// A new EC key on `curve`.
    package static func generateEC(curve: EllipticCurve) throws(KeyError) -> PrivateKey {
        try generate(type: "EC") { context in
            EVP_PKEY_CTX_set_group_name(context, curve.openSSLGroupName) == 1
        }
    }

    /// Generates a key of `type` after `configure` sets its size or curve.
    ///
    /// Wraps [`EVP_PKEY_generate`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_generate.html),
    /// which "performs the generation operation, the resulting key parameters or key are written
    /// to *ppkey" and returns 1 on success, after `EVP_PKEY_keygen_init`.
    private static func generate(type: String, configure: (OpaquePointer) -> Bool) throws(KeyError) -> PrivateKey {
        let key = try EVPKey.withContext(type: type) { context throws(KeyError) in
            guard EVP_PKEY_keygen_init(context) == 1, configure(context) else {
                throw .rejected(step: "EVP_PKEY_keygen_init")
            }
            var key: OpaquePointer?
            guard EVP_PKEY_generate(context, &key) == 1, let key else { throw .rejected(step: "EVP_PKEY_generate") }
            return key
        }
        return try PrivateKey(taking: key)
    }
}
