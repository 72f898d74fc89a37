import COpenSSL

/// One-shot signing and verification with an `EVP_PKEY`, in the form each JWS algorithm needs.
///
/// Every call makes and frees its own `EVP_MD_CTX`, so calls may run on many threads with the
/// same key.
enum SignatureOperation {
    /// The JOSE signature of `input` made with `key` under `algorithm`, or `nil` on failure.
    ///
    /// Wraps [`EVP_DigestSign`](https://www.openssl.org/docs/man3.0/man3/EVP_DigestSign.html):
    /// called with a NULL `sig`, "the maximum size of the output buffer is written to the siglen
    /// parameter"; called again, "the signature is written to sig and the amount of data written
    /// to siglen". ECDSA output is DER and is converted to R || S.
    static func sign(_ input: [UInt8], key: OpaquePointer, algorithm: JWSAlgorithm) -> [UInt8]? {
        guard let context = EVP_MD_CTX_new() else { fatalError("EVP_MD_CTX_new could not allocate") }
        defer { EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer?
        guard EVP_DigestSignInit(context, &keyContext, messageDigest(for: algorithm), nil, key) == 1,
            configure(keyContext, for: algorithm)
        else { return nil }

        let signature: [UInt8]? = input.withCBuffer { bytes, count in
            var length = 0
            guard EVP_DigestSign(context, nil, &length, bytes, count) == 1 else { return nil }
            var output = [UInt8](repeating: 0, count: length)
            guard EVP_DigestSign(context, &output, &length, bytes, count) == 1 else { return nil }
            return Array(output.prefix(length))
        }
        guard let signature, case .ecdsa(let curve) = algorithm.family else { return signature }
        return ECDSASignature.raw(fromDER: signature, coordinateByteCount: curve.coordinateByteCount)
    }

    /// Whether `signature` is a valid JOSE signature of `input` by `key` under `algorithm`.
    ///
    /// Wraps [`EVP_DigestVerify`](https://www.openssl.org/docs/man3.0/man3/EVP_DigestVerify.html),
    /// which "verifies tbslen bytes at tbs against the signature in sig of length siglen" and
    /// returns 1 for success: "any other value indicates failure". An ECDSA signature must be
    /// exactly R || S of the curve's size; it is converted to DER first.
    static func verify(
        _ signature: [UInt8],
        over input: [UInt8],
        key: OpaquePointer,
        algorithm: JWSAlgorithm
    ) -> Bool {
        var signature = signature
        if case .ecdsa(let curve) = algorithm.family {
            guard let der = ECDSASignature.der(fromRaw: signature, coordinateByteCount: curve.coordinateByteCount)
            else { return false }
            signature = der
        }
        guard !signature.isEmpty, let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }

        var keyContext: OpaquePointer?
        let isValid =
            EVP_DigestVerifyInit(context, &keyContext, messageDigest(for: algorithm), nil, key) == 1
            && configure(keyContext, for: algorithm)
            && signature.withCBuffer { sig, sigCount in
                input.withCBuffer { bytes, count in EVP_DigestVerify(context, sig, sigCount, bytes, count) == 1 }
            }
        if !isValid { OpenSSLErrorQueue.clear() }
        return isValid
    }

    /// The SHA-2 digest `algorithm` signs with
    /// ([`EVP_sha256`](https://www.openssl.org/docs/man3.0/man3/EVP_sha256.html) and siblings).
    private static func messageDigest(for algorithm: JWSAlgorithm) -> OpaquePointer? {
        switch algorithm.digestBits {
        case 256: EVP_sha256()
        case 384: EVP_sha384()
        default: EVP_sha512()
        }
    }

    /// Sets RSASSA-PSS padding for the PS algorithms, with a salt as long as the digest
    /// (RFC 7518 §3.5), through
    /// [`EVP_PKEY_CTX_set_rsa_padding`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_CTX_set_rsa_padding.html)
    /// and `EVP_PKEY_CTX_set_rsa_pss_saltlen`, where `RSA_PSS_SALTLEN_DIGEST` "sets the salt
    /// length to the digest length". The MGF1 digest defaults to the signing digest.
    private static func configure(_ keyContext: OpaquePointer?, for algorithm: JWSAlgorithm) -> Bool {
        guard algorithm.family == .rsaPSS else { return true }
        return EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1
    }
}
