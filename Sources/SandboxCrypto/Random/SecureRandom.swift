import COpenSSL

/// Unpredictable bytes from OpenSSL's CSPRNG, for tokens, codes and client secrets.
///
/// This is the one place the sandbox uses system randomness: made-up data comes from a seeded
/// generator so runs repeat, but secrets must not be guessable from a seed.
package enum SecureRandom {
    /// `count` bytes from the CSPRNG.
    ///
    /// Wraps [`RAND_bytes`](https://www.openssl.org/docs/man3.0/man3/RAND_bytes.html), which
    /// "generates num random bytes using a cryptographically secure pseudo random generator
    /// (CSPRNG)" and returns 1 on success. Without entropy no secret can be issued safely, so a
    /// failure stops the process.
    package static func bytes(count: Int) -> [UInt8] {
        precondition(count >= 0, "a negative byte count")
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        guard RAND_bytes(&bytes, Int32(count)) == 1 else {
            fatalError("RAND_bytes failed: the CSPRNG has no entropy")
        }
        return bytes
    }

    /// A token of `byteCount` random bytes, written as base64url without padding.
    ///
    /// The default 32 bytes (256 bits) give a 43-character token.
    package static func token(byteCount: Int = 32) -> String {
        Base64URL.encode(bytes(count: byteCount))
    }
}
