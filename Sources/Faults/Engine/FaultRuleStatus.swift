package import SandboxSupport

/// A rule as the engine holds it, with its counts so far.
package struct FaultRuleStatus: Sendable, Equatable {
    package var rule: FaultRule
    /// Requests that matched the rule (inside its window), counted from 1.
    package var matched: Int
    /// Requests the rule decided.
    package var fired: Int

    /// The rule's JSON with a `state` member: `{"matched": 3, "fired": 1}`.
    package var json: JSONValue {
        var json = rule.json
        json.set("state", .object(["matched": .int(matched), "fired": .int(fired)]))
        return json
    }
}
