import COpenSSL

/// SHA-256 (FIPS 180-4) computed by OpenSSL.
package enum SHA256 {
    /// The length of a SHA-256 digest in bytes.
    package static let byteCount = 32

    /// The SHA-256 digest of `bytes`.
    ///
    /// Wraps [`EVP_Digest`](https://www.openssl.org/docs/man3.0/man3/EVP_DigestInit.html), which
    /// "hashes count bytes of data at data using a digest type" and writes at most
    /// `EVP_MAX_MD_SIZE` bytes to `md`; it returns 1 on success.
    package static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = Array(bytes).withCBuffer { input, count in
            EVP_Digest(input, count, &digest, &length, EVP_sha256(), nil)
        }
        guard status == 1, Int(length) == byteCount else {
            fatalError("EVP_Digest failed for SHA-256")
        }
        return Array(digest.prefix(byteCount))
    }
}
