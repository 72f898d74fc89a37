/// An ordered list of header fields whose names compare without regard to ASCII case.
///
/// Fields keep the order and spelling they were added with, and a name may repeat, as HTTP
/// allows. Lookups by name ignore case, so `headers["content-type"]` finds `Content-Type`.
package struct HTTPHeaders: Sendable, Equatable {
    /// One header field as it was received or added.
    package struct Field: Sendable, Equatable {
        package var name: String
        package var value: String
    }

    private var fields: [Field]

    /// Headers holding `pairs` in order.
    package init(_ pairs: [(name: String, value: String)] = []) {
        fields = pairs.map { Field(name: $0.name, value: $0.value) }
    }

    /// The number of fields, counting repeated names.
    package var count: Int { fields.count }

    /// Whether there are no fields at all.
    package var isEmpty: Bool { fields.isEmpty }

    /// The value of the first field named `name`, if any.
    package subscript(name: String) -> String? {
        fields.first { Self.name($0.name, matches: name) }?.value
    }

    /// The values of every field named `name`, in order.
    package func values(for name: String) -> [String] {
        fields.filter { Self.name($0.name, matches: name) }.map(\.value)
    }

    /// Whether a field named `name` is present.
    package func contains(_ name: String) -> Bool {
        fields.contains { Self.name($0.name, matches: name) }
    }

    /// Appends a field, keeping any earlier fields of the same name.
    package mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Sets `name` to exactly one field with `value`.
    ///
    /// The first existing field of that name is updated in place, so the order is kept, and
    /// any later ones are removed. Without an existing field the new one goes at the end.
    package mutating func replaceOrAdd(name: String, value: String) {
        guard let index = fields.firstIndex(where: { Self.name($0.name, matches: name) }) else {
            fields.append(Field(name: name, value: value))
            return
        }
        fields[index].value = value
        let tail = fields[(index + 1)...].filter { !Self.name($0.name, matches: name) }
        fields.replaceSubrange((index + 1)..., with: tail)
    }

    /// Removes every field named `name`.
    package mutating func remove(name: String) {
        fields.removeAll { Self.name($0.name, matches: name) }
    }

    /// Whether two header names are equal once ASCII letters are folded to one case.
    static func name(_ lhs: String, matches rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        return zip(lhs.utf8, rhs.utf8).allSatisfy { asciiLowercase($0) == asciiLowercase($1) }
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) ? byte + 32 : byte
    }
}

extension HTTPHeaders: Sequence {
    package func makeIterator() -> some IteratorProtocol<(name: String, value: String)> {
        fields.lazy.map { (name: $0.name, value: $0.value) }.makeIterator()
    }
}

extension HTTPHeaders: ExpressibleByDictionaryLiteral {
    package init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
    }
}
