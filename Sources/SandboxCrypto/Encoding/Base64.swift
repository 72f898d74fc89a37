/// Standard base64 (RFC 4648 §4), as HTTP Basic credentials use it (RFC 7617).
package enum Base64 {
    /// Encodes `bytes` with the standard alphabet and `=` padding.
    package static func encode(_ bytes: some Collection<UInt8>) -> String {
        Base64Alphabet.standard.encode(bytes, isPadded: true)
    }

    /// Decodes standard base64 text, with or without `=` padding.
    ///
    /// Returns `nil` for any character outside the standard alphabet (including `-`, `_` and
    /// white space), for a length no byte string encodes to, and for non-zero leftover bits.
    package static func decode(_ text: some StringProtocol) -> [UInt8]? {
        Base64Alphabet.standard.decode(text)
    }
}
