/// Reads and writes the `?name=value&...` text of a SMART v2 granular scope.
enum ScopeQueryText {
    /// The parameters in `query` (the text after `?`), or `nil` when a pair lacks a name or a
    /// value, or a value's percent-encoding is broken.
    static func parse(_ query: Substring) -> ScopeConstraint? {
        var parameters: [ScopeConstraint.Parameter] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: false) {
            guard let equals = pair.firstIndex(of: "=") else { return nil }
            let name = pair[..<equals]
            let encodedValue = pair[pair.index(after: equals)...]
            guard isName(name), let value = decode(encodedValue), !value.isEmpty else { return nil }
            parameters.append(ScopeConstraint.Parameter(name: String(name), value: value))
        }
        return ScopeConstraint(parameters)
    }

    /// `value` with `%XX` escapes decoded once, or `nil` for a broken escape or for bytes that
    /// are not UTF-8.
    static func decode(_ value: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = value.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue),
                let low = iterator.next().flatMap(hexValue)
            else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `value` with `%`, `&`, `=`, `#`, spaces, controls and non-ASCII bytes percent-encoded.
    static func encode(_ value: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in value.utf8 {
            if byte > 0x20, byte < 0x7F, !"%&=#".utf8.contains(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `name` is a search parameter name: ASCII letters, digits, `-`, `_`, `.` and `:`.
    private static func isName(_ name: Substring) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                    UInt8(ascii: "."), UInt8(ascii: ":"):
                    true
                default:
                    false
                }
            }
    }

    /// The value of one hexadecimal digit, or `nil` for any other byte.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
