/// Writing JSON text.
///
/// Output is compact (no insignificant white space) and fully determined by the value: object
/// members are written in their stored order, numbers in their shortest exact form, strings with
/// the minimal escapes RFC 8259 requires plus `/` left alone.
extension JSONValue {
    /// The compact UTF-8 text of this value, members in stored order.
    package func encodedBytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output)
        return output
    }

    /// The compact text of this value, members in stored order.
    package func encodedString() -> String {
        String(decoding: encodedBytes(), as: UTF8.self)
    }

    /// The bytes a resource is stored and served as.
    ///
    /// Members of every object are sorted by key, except that `resourceType`, `id` and `meta`
    /// lead a resource object in that order, the way FHIR examples read. Two resources with
    /// the same content have the same canonical bytes whatever order they were built in.
    package func canonicalBytes() -> [UInt8] {
        canonicalized().encodedBytes()
    }

    /// This value with object members in canonical order (see ``canonicalBytes()``).
    package func canonicalized() -> JSONValue {
        switch self {
        case .array(let elements):
            return .array(elements.map { $0.canonicalized() })
        case .object(let members):
            let sorted = members.map { Member($0.key, $0.value.canonicalized()) }
                .sorted { Self.canonicalRank($0.key) < Self.canonicalRank($1.key) }
            return .object(sorted)
        default:
            return self
        }
    }

    private static func canonicalRank(_ key: String) -> (Int, String) {
        switch key {
        case "resourceType": (0, "")
        case "id": (1, "")
        case "meta": (2, "")
        default: (3, key)
        }
    }

    private func write(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let bool): output.append(contentsOf: (bool ? "true" : "false").utf8)
        case .int(let int): output.append(contentsOf: String(int).utf8)
        case .double(let double): Self.writeNumber(double, to: &output)
        case .string(let string): Self.writeString(string, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeNumber(_ double: Double, to output: inout [UInt8]) {
        guard double.isFinite else {
            output.append(contentsOf: "null".utf8)
            return
        }
        if double == double.rounded(), abs(double) < 1e15 {
            output.append(contentsOf: String(Int(double)).utf8)
        } else {
            output.append(contentsOf: "\(double)".utf8)
        }
    }

    private static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
