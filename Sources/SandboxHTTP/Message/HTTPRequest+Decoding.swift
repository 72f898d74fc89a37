extension HTTPRequest {
    /// One decoded `name=value` pair of a query string or form body.
    package typealias FormItem = (name: String, value: String)

    /// Decodes `%XX` escapes in `text`, and `+` as a space when `plusAsSpace` is set.
    ///
    /// Returns nil when a `%` is not followed by two hexadecimal digits or when the decoded
    /// bytes are not valid UTF-8, so callers can answer 400 instead of guessing.
    package static func percentDecode(_ text: some StringProtocol, plusAsSpace: Bool = false) -> String? {
        let input = Array(text.utf8)
        guard input.contains(UInt8(ascii: "%")) || (plusAsSpace && input.contains(UInt8(ascii: "+"))) else {
            return String(text)
        }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < input.count, let high = hexValue(input[index + 1]),
                    let low = hexValue(input[index + 2])
                else { return nil }
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(validating: output, as: UTF8.self)
    }

    /// The decoded `name=value` pairs of ``query`` in order, or nil when any escape is malformed.
    ///
    /// Empty pieces (`a=1&&b=2`) are skipped, and a piece without `=` has an empty value. No
    /// query at all gives an empty list.
    package func queryItems(plusAsSpace: Bool = true) -> [FormItem]? {
        guard let query else { return [] }
        return Self.decodeForm(query, plusAsSpace: plusAsSpace)
    }

    /// The decoded pairs of an `application/x-www-form-urlencoded` body, or nil when the body
    /// is not UTF-8 or an escape is malformed.
    ///
    /// The `Content-Type` is not checked here; see ``mediaType``.
    package func formItems() -> [FormItem]? {
        guard let text = String(validating: body, as: UTF8.self) else { return nil }
        return Self.decodeForm(text, plusAsSpace: true)
    }

    private static func decodeForm(_ text: String, plusAsSpace: Bool) -> [FormItem]? {
        var items: [FormItem] = []
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            let name = piece.prefix { $0 != "=" }
            let value = piece.dropFirst(name.count + 1)
            guard let decodedName = percentDecode(name, plusAsSpace: plusAsSpace),
                let decodedValue = percentDecode(value, plusAsSpace: plusAsSpace)
            else { return nil }
            items.append((name: decodedName, value: decodedValue))
        }
        return items
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
