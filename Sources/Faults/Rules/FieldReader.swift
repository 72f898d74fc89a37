import SandboxSupport

/// Reads typed members of one JSON object, naming the member (with its path) when one is wrong.
struct FieldReader {
    private let object: JSONValue
    /// Put before member names in errors, such as `rules[0].when.`.
    let path: String

    /// A reader over `value`, which must be an object.
    ///
    /// - Throws: ``FaultsError/invalidField(_:_:)`` naming `name` when `value` is not an object.
    init(_ value: JSONValue, name: String, path: String = "") throws(FaultsError) {
        guard case .object = value else {
            let label = name.isEmpty ? (path.isEmpty ? "body" : String(path.dropLast())) : path + name
            throw .invalidField(label, "must be an object")
        }
        object = value
        self.path = path + (name.isEmpty ? "" : name + ".")
    }

    /// The member's value, treating `null` as absent.
    func value(_ name: String) -> JSONValue? {
        guard let value = object[name], value != .null else { return nil }
        return value
    }

    /// Refuses any member not in `known`; `comment` is always allowed.
    func rejectUnknown(_ known: [String]) throws(FaultsError) {
        for member in object.members ?? [] where member.key != "comment" && !known.contains(member.key) {
            throw .unknownField(path + member.key)
        }
    }

    func string(_ name: String) throws(FaultsError) -> String? {
        guard let value = value(name) else { return nil }
        guard let string = value.stringValue, !string.isEmpty else {
            throw .invalidField(path + name, "must be a non-empty string")
        }
        return string
    }

    func requiredString(_ name: String) throws(FaultsError) -> String {
        guard let string = try string(name) else { throw .invalidField(path + name, "is required") }
        return string
    }

    /// A whole number in `range`.
    func int(_ name: String, in range: ClosedRange<Int>) throws(FaultsError) -> Int? {
        guard let value = value(name) else { return nil }
        let whole: Int? =
            switch value {
            case .int(let int): int
            case .double(let double) where double == double.rounded() && abs(double) < 1e15: Int(double)
            default: nil
            }
        guard let whole, range.contains(whole) else {
            throw .invalidField(path + name, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return whole
    }

    /// A number in `range`.
    func double(_ name: String, in range: ClosedRange<Double>) throws(FaultsError) -> Double? {
        guard let value = value(name) else { return nil }
        guard let number = value.doubleValue, range.contains(number) else {
            throw .invalidField(path + name, "must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func bool(_ name: String) throws(FaultsError) -> Bool? {
        guard let value = value(name) else { return nil }
        guard let bool = value.boolValue else { throw .invalidField(path + name, "must be true or false") }
        return bool
    }

    /// An object member, read by a nested reader.
    func object(_ name: String) throws(FaultsError) -> FieldReader? {
        guard let value = value(name) else { return nil }
        return try FieldReader(value, name: name, path: path)
    }

    /// An object of string values, in order.
    func stringPairs(_ name: String) throws(FaultsError) -> [(name: String, value: String)]? {
        guard let value = value(name) else { return nil }
        guard let members = value.members else { throw .invalidField(path + name, "must be an object of strings") }
        var pairs: [(name: String, value: String)] = []
        for member in members {
            guard let string = member.value.stringValue else {
                throw .invalidField(path + name + "." + member.key, "must be a string")
            }
            pairs.append((name: member.key, value: string))
        }
        return pairs
    }

    /// A string that must be one of `choices`.
    func choice(_ name: String, _ choices: [String]) throws(FaultsError) -> String? {
        guard let string = try string(name) else { return nil }
        guard choices.contains(string) else {
            throw .invalidField(path + name, "must be one of \(choices.joined(separator: ", "))")
        }
        return string
    }
}
