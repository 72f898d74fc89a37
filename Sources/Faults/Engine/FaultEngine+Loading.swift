import Foundation
package import SandboxSupport

/// Loading rules from a settings document, a file, or the one-line flag form.
extension FaultEngine {
    /// A settings document: `{"seed": 7, "rules": [...]}`, both members optional.
    package struct Settings: Sendable, Equatable {
        package var seed: UInt64?
        package var rules: [FaultRule]

        /// Reads a settings document, checking every rule and that no two share an id.
        package init(json: JSONValue) throws(FaultsError) {
            let reader = try FieldReader(json, name: "")
            try reader.rejectUnknown(["seed", "rules"])
            seed = try reader.int("seed", in: 0...Int.max).map { UInt64($0) }
            guard let list = reader.value("rules") else {
                rules = []
                return
            }
            guard let elements = list.arrayValue else { throw .invalidField("rules", "must be an array of rules") }
            rules = []
            for (index, element) in elements.enumerated() {
                let rule = try FaultRule(json: element, path: "rules[\(index)].")
                if !rule.id.isEmpty, rules.contains(where: { $0.id == rule.id }) {
                    throw .invalidField("rules[\(index)].id", "repeats the id of an earlier rule")
                }
                rules.append(rule)
            }
        }
    }

    /// Applies a settings document: sets the seed when it has one (restarting every schedule),
    /// then adds its rules in order.
    @discardableResult
    package func load(_ settings: Settings) -> [FaultRule] {
        if let seed = settings.seed { setSeed(seed) }
        return add(contentsOf: settings.rules)
    }

    /// Reads and applies the settings file at `path`.
    ///
    /// - Throws: ``FaultsError`` when the file cannot be read, is not JSON, or has a wrong member;
    ///   the message names the file and the member.
    @discardableResult
    package func load(contentsOfFile path: String) throws(FaultsError) -> [FaultRule] {
        let json = try Self.readJSON(path)
        do {
            return load(try Settings(json: json))
        } catch {
            throw .fileUnreadable(path, error.description)
        }
    }

    /// Adds the rule a one-line flag describes, such as `status=503,path=/fhir/r4/**,times=2`.
    @discardableResult
    package func add(flag: String) throws(FaultsError) -> FaultRule {
        add(try FaultRule(flag: flag))
    }

    /// The JSON text of the file at `path`.
    static func readJSON(_ path: String) throws(FaultsError) -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileUnreadable(path, "the file does not exist or cannot be read")
        }
        do {
            return try JSONValue.parse(Array(data))
        } catch {
            throw .fileUnreadable(path, "the file is not JSON: \(error.message)")
        }
    }
}
