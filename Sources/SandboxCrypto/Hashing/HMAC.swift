import COpenSSL

/// HMAC (RFC 2104) computed by OpenSSL.
package enum HMAC {
    /// The HMAC-SHA-256 of `message` under `key`.
    ///
    /// Wraps [`HMAC`](https://www.openssl.org/docs/man3.0/man3/HMAC.html), which "computes the
    /// message authentication code of the n bytes at data using the hash function evp_md and the
    /// key key which is key_len bytes long" and returns NULL on error. An empty key is passed as
    /// a non-null pointer with length zero, so OpenSSL sees a key rather than none.
    package static func sha256(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        var code = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = Array(key).withCBuffer { keyBytes, keyCount in
            Array(message).withCBuffer { messageBytes, messageCount in
                COpenSSL.HMAC(EVP_sha256(), keyBytes, Int32(keyCount), messageBytes, messageCount, &code, &length)
            }
        }
        guard result != nil, Int(length) == SHA256.byteCount else {
            fatalError("HMAC-SHA-256 failed in OpenSSL")
        }
        return Array(code.prefix(SHA256.byteCount))
    }
}
