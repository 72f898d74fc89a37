/// A JSON document held as a value, with object members kept in the order they were written.
///
/// Resources are built, inspected and stored as `JSONValue`. The canonical byte form
/// (``canonicalBytes()``) is what the store keeps and what a read serves unchanged, so the
/// same resource always has the same bytes.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One member of a JSON object.
    package struct Member: Sendable, Hashable {
        package var key: String
        package var value: JSONValue

        package init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }
}

// MARK: - Building

extension JSONValue {
    /// Makes an object from key-value pairs, leaving out the pairs whose value is `nil`.
    package static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { Member(key, $0) } })
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(floatLiteral value: Double) { self = .double(value) }
    package init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    package init(nilLiteral: ()) { self = .null }
}

// MARK: - Reading

extension JSONValue {
    /// The value of the member named `key`, when this is an object that has one.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The element at `index`, when this is an array that long.
    package subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    package var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    package var intValue: Int? {
        if case .int(let int) = self { return int }
        return nil
    }

    package var doubleValue: Double? {
        switch self {
        case .int(let int): Double(int)
        case .double(let double): double
        default: nil
        }
    }

    package var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    package var members: [Member]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array, or the value itself as a one-element list; FHIR repeats
    /// elements as arrays, and this reads both shapes alike.
    package var listValue: [JSONValue] {
        switch self {
        case .array(let elements): elements
        case .null: []
        default: [self]
        }
    }
}

// MARK: - Changing

extension JSONValue {
    /// Sets the member `key` of an object, replacing its value in place or appending it.
    ///
    /// Setting `nil` removes the member. Calling this on a value that is not an object does nothing.
    package mutating func set(_ key: String, _ value: JSONValue?) {
        guard case .object(var members) = self else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            if let value { members[index].value = value } else { members.remove(at: index) }
        } else if let value {
            members.append(Member(key, value))
        }
        self = .object(members)
    }
}
