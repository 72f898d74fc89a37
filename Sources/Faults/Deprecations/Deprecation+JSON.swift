package import SandboxSupport

extension Deprecation {
    static let members = [
        "id", "description", "kind", "enabled", "match", "deprecation", "sunset", "replacement", "link",
    ]
    static let kinds = ["endpoint", "parameter", "scope", "model"]

    /// Reads an entry:
    ///
    /// ```json
    /// {"id": "v1-encounters", "kind": "endpoint", "enabled": true,
    ///  "match": {"method": "GET", "path": "/v1/*/chart/*/encounters"},
    ///  "deprecation": "2026-01-01T00:00:00Z", "sunset": "2026-04-01",
    ///  "replacement": "/fhir/r4/Encounter", "link": "https://example.org/changes"}
    /// ```
    ///
    /// - Throws: ``FaultsError`` naming the first member that is wrong.
    package init(json: JSONValue, path: String = "") throws(FaultsError) {
        let reader = try FieldReader(json, name: "", path: path)
        try reader.rejectUnknown(Self.members)
        id = try reader.requiredString("id")
        description = try reader.string("description")
        let kind = try reader.choice("kind", Self.kinds)
        guard let kind else { throw .invalidField(path + "kind", "is required") }
        guard let match = try reader.object("match") else { throw .invalidField(path + "match", "is required") }
        subject = try Self.subject(kind, match)
        deprecation = try InstantText.require(
            try reader.requiredString("deprecation"),
            field: path + "deprecation",
            allowingDate: true
        )
        sunset = try reader.string("sunset").map { (text) throws(FaultsError) in
            try InstantText.require(text, field: path + "sunset", allowingDate: true)
        }
        if let sunset, sunset < deprecation {
            throw .invalidField(path + "sunset", "must not be earlier than the deprecation")
        }
        replacement = try Self.linkTarget(reader, "replacement")
        link = try Self.linkTarget(reader, "link")
        isEnabled = try reader.bool("enabled") ?? true
    }

    private static func subject(_ kind: String, _ match: FieldReader) throws(FaultsError) -> Subject {
        switch kind {
        case "endpoint":
            try match.rejectUnknown(["method", "path"])
            let method = try match.string("method")?.uppercased()
            let text = try match.string("path")
            guard method != nil || text != nil else {
                throw .invalidField(match.path + "path", "or method is required")
            }
            guard let glob = PathGlob(text ?? "/**") else {
                throw .invalidField(match.path + "path", "must start with /")
            }
            return .endpoint(method: method, path: glob)
        case "parameter":
            try match.rejectUnknown(["resourceType", "parameter"])
            return .parameter(
                resourceType: try match.string("resourceType"),
                name: try match.requiredString("parameter")
            )
        case "scope":
            try match.rejectUnknown(["scope"])
            return .scope(try match.requiredString("scope"))
        default:
            try match.rejectUnknown(["model"])
            return .model(try match.requiredString("model"))
        }
    }

    /// The entry in the JSON form it is read from, with dates as UTC instants.
    package var json: JSONValue {
        .object([
            "id": .string(id),
            "description": description.map(JSONValue.string),
            "kind": .string(subject.kind),
            "enabled": .bool(isEnabled),
            "match": matchJSON,
            "deprecation": .string(InstantText.format(deprecation)),
            "sunset": sunset.map { .string(InstantText.format($0)) },
            "replacement": replacement.map(JSONValue.string),
            "link": link.map(JSONValue.string),
        ])
    }

    private var matchJSON: JSONValue {
        switch subject {
        case .endpoint(let method, let path):
            .object(["method": method.map(JSONValue.string), "path": .string(path.description)])
        case .parameter(let resourceType, let name):
            .object(["resourceType": resourceType.map(JSONValue.string), "parameter": .string(name)])
        case .scope(let scope): .object(["scope": .string(scope)])
        case .model(let model): .object(["model": .string(model)])
        }
    }

    /// A member that goes inside `Link: <...>`: no angle brackets, quotes, spaces or controls.
    private static func linkTarget(_ reader: FieldReader, _ name: String) throws(FaultsError) -> String? {
        guard let text = try reader.string(name) else { return nil }
        guard
            text.utf8.allSatisfy({
                $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">")
                    && $0 != UInt8(ascii: "\"")
            })
        else {
            throw .invalidField(reader.path + name, "must be a URI or path without spaces, quotes or angle brackets")
        }
        return text
    }
}
