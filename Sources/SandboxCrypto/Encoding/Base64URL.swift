/// Base64url without padding (RFC 4648 §5), the encoding JOSE uses for every binary part.
///
/// ```swift
/// Base64URL.encode([0xFB, 0xFF])   // "-_8"
/// Base64URL.decode("-_8")          // [0xFB, 0xFF]
/// ```
package enum Base64URL {
    /// Encodes `bytes` with the URL-safe alphabet and no `=` padding.
    package static func encode(_ bytes: some Collection<UInt8>) -> String {
        Base64Alphabet.urlSafe.encode(bytes, isPadded: false)
    }

    /// Decodes base64url text, with or without `=` padding.
    ///
    /// Returns `nil` for any character outside the URL-safe alphabet (including `+`, `/` and
    /// white space), for a length no byte string encodes to, and for non-zero leftover bits.
    package static func decode(_ text: some StringProtocol) -> [UInt8]? {
        Base64Alphabet.urlSafe.decode(text)
    }
}
