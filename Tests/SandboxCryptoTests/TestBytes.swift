/// Reading and writing hexadecimal in tests.
enum Hex {
    /// The bytes spelled by `text`, two hex digits each.
    static func bytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var digits = text.makeIterator()
        while let high = digits.next(), let low = digits.next() {
            guard let byte = UInt8(String([high, low]), radix: 16) else { fatalError("not hex: \(high)\(low)") }
            bytes.append(byte)
        }
        return bytes
    }

    /// `bytes` as lowercase hex digits.
    static func string(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
