/// One of the two RFC 4648 base64 alphabets, with the encoder and decoder they share.
///
/// Decoding is strict: every character must belong to the alphabet (no white space), trailing
/// `=` padding is optional but, when present, must bring the text to a multiple of four
/// characters, and the bits left over after the last whole byte must be zero, so each byte
/// string has exactly one accepted spelling besides the padded/unpadded choice.
struct Base64Alphabet: Sendable {
    /// The standard alphabet of RFC 4648 §4, ending in `+` and `/`.
    static let standard = Base64Alphabet(lastTwo: "+/")

    /// The URL- and filename-safe alphabet of RFC 4648 §5, ending in `-` and `_`.
    static let urlSafe = Base64Alphabet(lastTwo: "-_")

    private let symbols: [UInt8]
    private let values: [Int8]

    private init(lastTwo: String) {
        let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\(lastTwo)".utf8)
        var values = [Int8](repeating: -1, count: 256)
        for (value, symbol) in symbols.enumerated() {
            values[Int(symbol)] = Int8(value)
        }
        self.symbols = symbols
        self.values = values
    }

    /// Encodes `bytes`, adding `=` padding only when `isPadded` is true.
    func encode(_ bytes: some Collection<UInt8>, isPadded: Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var buffer: UInt32 = 0
        var bitCount = 0
        for byte in bytes {
            buffer = (buffer << 8 | UInt32(byte)) & 0xFFFF
            bitCount += 8
            while bitCount >= 6 {
                bitCount -= 6
                output.append(symbols[Int(buffer >> UInt32(bitCount) & 0x3F)])
            }
        }
        if bitCount > 0 {
            output.append(symbols[Int(buffer << UInt32(6 - bitCount) & 0x3F)])
        }
        while isPadded, output.count % 4 != 0 {
            output.append(UInt8(ascii: "="))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `text`, or returns `nil` when it is not base64 in this alphabet.
    func decode(_ text: some StringProtocol) -> [UInt8]? {
        var characters = Array(text.utf8)
        var paddingCount = 0
        while characters.last == UInt8(ascii: "=") {
            characters.removeLast()
            paddingCount += 1
        }
        guard paddingCount == 0 || (paddingCount <= 2 && (characters.count + paddingCount) % 4 == 0),
            characters.count % 4 != 1
        else { return nil }

        var output: [UInt8] = []
        output.reserveCapacity(characters.count * 3 / 4)
        var buffer: UInt32 = 0
        var bitCount = 0
        for character in characters {
            let value = values[Int(character)]
            guard value >= 0 else { return nil }
            buffer = (buffer << 6 | UInt32(value)) & 0xFFFF
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bitCount)))
            }
        }

        // Bits left over after the last whole byte must be zero (RFC 4648 §3.5).
        guard buffer & ((1 << UInt32(bitCount)) - 1) == 0 else { return nil }
        return output
    }
}
