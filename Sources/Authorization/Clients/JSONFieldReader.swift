import SandboxSupport

/// Reads typed members of a JSON object and names the member when one is wrong.
struct JSONFieldReader {
    private let object: JSONValue
    /// Put before member names in errors, such as `auto_approve.`.
    private let path: String

    init(_ object: JSONValue, path: String = "") {
        self.object = object
        self.path = path
    }

    /// The member's value, treating `null` as absent.
    func value(_ name: String) -> JSONValue? {
        guard let value = object[name], value != .null else { return nil }
        return value
    }

    func optionalString(_ name: String) throws(ClientRegistryError) -> String? {
        guard let value = value(name) else { return nil }
        guard let string = value.stringValue else { throw .invalidField(path + name, "must be a string") }
        return string
    }

    func requiredString(_ name: String) throws(ClientRegistryError) -> String {
        guard let string = try optionalString(name) else { throw .invalidField(path + name, "is required") }
        return string
    }

    func optionalStrings(_ name: String) throws(ClientRegistryError) -> [String]? {
        guard let value = value(name) else { return nil }
        guard let elements = value.arrayValue else { throw .invalidField(path + name, "must be an array of strings") }
        let strings = elements.compactMap(\.stringValue)
        guard strings.count == elements.count else { throw .invalidField(path + name, "must be an array of strings") }
        return strings
    }

    /// A space-separated scope list; any malformed scope is an error naming it.
    func scopes(_ name: String) throws(ClientRegistryError) -> ScopeSet? {
        guard let text = try optionalString(name) else { return nil }
        let parsed = ScopeSet.parse(text)
        guard parsed.malformed.isEmpty else {
            throw .invalidField(path + name, "malformed scope \(parsed.malformed.joined(separator: " "))")
        }
        return parsed.scopes
    }
}
