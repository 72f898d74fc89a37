import SandboxSupport

/// The one-line form of a rule, for `serve --fault`: comma-separated `key=value` items, such as
/// `status=503,path=/fhir/r4/**,times=2`.
///
/// Exactly one item names the action (`status=503`, `delay=200..900`, `reset`, ...); the others
/// are the members of `match` (`method`, `path`, `family`, `resourceType`, `clientID`,
/// `header=Name:value`), of `when` (`nth`, `after`, `times`, `from`, `until`, `probability`),
/// the action's options (`format`, `message`, `retryAfter`, `responseHeader=Name:value`), `id`
/// and `description`. Keys ignore case. Values cannot hold a comma.
extension FaultRule {
    /// Reads the one-line form.
    ///
    /// - Throws: ``FaultsError`` naming the key, or the JSON member it fills, that is wrong.
    package init(flag: String) throws(FaultsError) {
        var builder = FlagRuleBuilder()
        for item in flag.split(separator: ",", omittingEmptySubsequences: true) {
            let key = item.prefix { $0 != "=" }
            let value = item.count > key.count ? String(item.dropFirst(key.count + 1)) : nil
            try builder.take(String(key).trimmingCharacters(" "), value)
        }
        try self.init(json: try builder.json())
    }
}

/// Gathers the items of a one-line rule into the JSON form.
private struct FlagRuleBuilder {
    private static let matchKeys = FaultMatch.members.filter { $0 != "header" }
    private static let whenKeys = ["nth", "after", "times", "probability", "every"]
    private static let textOptionKeys = ["format", "message", "style", "contentType"]
    private static let numberOptionKeys = ["retryAfter", "bytes", "skip"]

    private var top: JSONValue = .object([])
    private var match: JSONValue = .object([])
    private var when: JSONValue = .object([])
    private var window: JSONValue = .object([])
    private var action: JSONValue = .object([])
    private var responseHeaders: JSONValue = .object([])
    private var actionKey: String?

    mutating func take(_ rawKey: String, _ value: String?) throws(FaultsError) {
        let key = Self.canonical(rawKey)
        if let type = FaultAction.names.first(where: { $0 == key }) {
            try takeAction(type, value)
        } else if key == "id" || key == "description" {
            top.set(key, .string(try Self.required(key, value)))
        } else if key == "header" {
            match.set("header", try Self.header(key, value))
        } else if key == "responseHeader" {
            let pair = try Self.header(key, value)
            responseHeaders.set(pair["name"]?.stringValue ?? "", pair["value"] ?? "")
        } else if key == "from" || key == "until" {
            window.set(key, .string(try Self.required(key, value)))
        } else if Self.matchKeys.contains(key) {
            match.set(key, .string(try Self.required(key, value)))
        } else if Self.whenKeys.contains(key) {
            when.set(key, key == "every" ? .bool(true) : Self.number(try Self.required(key, value)))
        } else if Self.textOptionKeys.contains(key) {
            action.set(key, .string(try Self.required(key, value)))
        } else if Self.numberOptionKeys.contains(key) {
            action.set(key, Self.number(try Self.required(key, value)))
        } else {
            throw .unknownField(rawKey)
        }
    }

    /// The item that names the action, with its value put where the action reads it.
    private mutating func takeAction(_ type: String, _ value: String?) throws(FaultsError) {
        if let actionKey { throw .invalidField(type, "a rule has one action, and \(actionKey) came first") }
        actionKey = type
        action.set("type", .string(type))
        guard let value else { return }
        switch type {
        case "status", "writeErrorButCommitted": action.set("status", Self.number(value))
        case "rateLimit", "relativeNextLinks": action.set("style", .string(value))
        case "hang": action.set("maxMs", Self.number(value))
        case "truncate": action.set("bytes", Self.number(value))
        case "slowBody": action.set("bytesPerSecond", Self.number(value))
        case "wrongContentType": action.set("contentType", .string(value))
        case "nextLinkSkips": action.set("skip", Self.number(value))
        case "delay": try setDelay(value)
        default: throw .invalidField(type, "takes no value")
        }
    }

    /// `delay=1500` or `delay=500..2000`.
    private mutating func setDelay(_ value: String) throws(FaultsError) {
        let bounds = value.split(separator: ".", omittingEmptySubsequences: true)
        if bounds.count == 2, value.contains("..") {
            action.set("minMs", Self.number(String(bounds[0])))
            action.set("maxMs", Self.number(String(bounds[1])))
        } else {
            action.set("ms", Self.number(value))
        }
    }

    func json() throws(FaultsError) -> JSONValue {
        guard actionKey != nil else {
            throw .invalidField("action", "is required: name one, such as status=503, delay=500 or reset")
        }
        var rule = top
        var when = when
        var action = action
        if window.members?.isEmpty == false { when.set("window", window) }
        if responseHeaders.members?.isEmpty == false { action.set("headers", responseHeaders) }
        if match.members?.isEmpty == false { rule.set("match", match) }
        if when.members?.isEmpty == false { rule.set("when", when) }
        rule.set("action", action)
        return rule
    }

    private static func canonical(_ key: String) -> String {
        let known =
            FaultAction.names + ["id", "description", "header", "responseHeader", "from", "until"]
            + matchKeys + whenKeys + textOptionKeys + numberOptionKeys
        return known.first { $0.lowercased() == key.lowercased() } ?? key
    }

    private static func required(_ key: String, _ value: String?) throws(FaultsError) -> String {
        guard let value, !value.isEmpty else { throw .invalidField(key, "needs a value, as \(key)=...") }
        return value
    }

    /// `Name` or `Name:value`.
    private static func header(_ key: String, _ value: String?) throws(FaultsError) -> JSONValue {
        let text = try required(key, value)
        let name = text.prefix { $0 != ":" }
        let rest = text.count > name.count ? String(text.dropFirst(name.count + 1)).trimmingCharacters(" ") : nil
        return .object(["name": .string(String(name)), "value": rest.map(JSONValue.string)])
    }

    /// A whole number or decimal when the text is one, so the rule reader checks its range;
    /// otherwise the text, which the reader then refuses with the member's name.
    private static func number(_ text: String) -> JSONValue {
        if let int = Int(text) { return .int(int) }
        if let double = Double(text), double.isFinite { return .double(double) }
        return .string(text)
    }
}
