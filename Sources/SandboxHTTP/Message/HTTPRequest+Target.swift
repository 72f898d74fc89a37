extension HTTPRequest {
    /// The request target as text, from the bytes of the request line.
    ///
    /// Bytes that RFC 3986 allows in a path or query (letters, digits, `-._~`, the
    /// delimiters `!$&'()*+,;=:@/?` and `%`) are kept as they are. Every other byte (controls,
    /// space, the marks `"<>\^{|}#[]`, the backtick, and every byte from 0x80 up) becomes a
    /// `%XX` escape. A raw
    /// byte and its escape then mean the same to ``percentDecode(_:plusAsSpace:)``, so raw
    /// bytes that are not UTF-8, like `C3 28`, reach the decoder as `%C3%28` and are refused
    /// there instead of being silently replaced.
    static func target(fromRaw bytes: some Collection<UInt8>) -> String {
        guard !bytes.allSatisfy(isAllowedRaw) else { return String(decoding: bytes, as: UTF8.self) }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(bytes.count * 3)
        for byte in bytes {
            if isAllowedRaw(byte) {
                encoded.append(byte)
            } else {
                encoded.append(contentsOf: [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isAllowedRaw(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            allowedPunctuation.contains(byte)
        }
    }

    /// Unreserved marks, sub-delimiters, `:@/?` and `%`.
    private static let allowedPunctuation = Set("-._~!$&'()*+,;=:@/?%".utf8)

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
