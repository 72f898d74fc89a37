package import SandboxSupport

/// One fault: which requests it is about, when it fires, and what it does.
///
/// The JSON form is
///
/// ```json
/// {"id": "patient-503", "description": "...",
///  "match": {"method": "GET", "path": "/fhir/r4/Patient/**"},
///  "when": {"times": 2},
///  "action": {"type": "status", "status": 503}}
/// ```
///
/// `match` and `when` may be left out (every request, every time); `action` is required.
package struct FaultRule: Sendable, Equatable {
    /// Unique within an engine; an empty id is replaced by `rule-N` when the rule is added.
    package var id: String
    package var description: String?
    package var match: FaultMatch
    package var trigger: FaultTrigger
    package var action: FaultAction

    package init(
        id: String = "",
        description: String? = nil,
        match: FaultMatch = FaultMatch(),
        trigger: FaultTrigger = FaultTrigger(),
        action: FaultAction
    ) {
        self.id = id
        self.description = description
        self.match = match
        self.trigger = trigger
        self.action = action
    }

    static let members = ["id", "description", "match", "when", "action"]

    /// Reads a rule object.
    ///
    /// - Parameters:
    ///   - json: The rule object.
    ///   - path: Put before member names in errors, such as `rules[2].`.
    /// - Throws: ``FaultsError`` naming the first member that is wrong.
    package init(json: JSONValue, path: String = "") throws(FaultsError) {
        let reader = try FieldReader(json, name: "", path: path)
        try reader.rejectUnknown(Self.members)
        id = try reader.string("id") ?? ""
        description = try reader.string("description")
        match =
            try reader.object("match").map { (reader) throws(FaultsError) in try FaultMatch(reader: reader) }
            ?? FaultMatch()
        trigger =
            try reader.object("when").map { (reader) throws(FaultsError) in try FaultTrigger(reader: reader) }
            ?? FaultTrigger()
        guard let actionReader = try reader.object("action") else {
            throw .invalidField(path + "action", "is required")
        }
        action = try FaultAction(reader: actionReader)
    }

    /// The rule in the JSON form it is read from.
    package var json: JSONValue {
        .object([
            "id": .string(id),
            "description": description.map(JSONValue.string),
            "match": match.json,
            "when": trigger.json,
            "action": action.json,
        ])
    }
}
