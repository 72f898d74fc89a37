import Foundation

/// The search in a conditional reference such as
/// `Organization?identifier=https://github.com/synthetichealth/synthea|abc`.
///
/// Only `identifier` searches are understood: each `identifier` parameter is a FHIR token,
/// `system|value`, `|value` (no system) or `value` (any system), and a resource matches when
/// it carries an identifier for every parameter.
struct IdentifierSearch: Hashable {
    /// The type the reference names, such as `Organization`.
    var type: String

    /// The reference with its percent-escapes decoded, to compare with a transaction's
    /// conditional requests.
    var normalized: String

    private var tokens: [Token]

    /// Reads a conditional reference, or returns `nil` when it is not `Type?identifier=…`.
    init?(reference: String) {
        guard let mark = reference.firstIndex(of: "?") else { return nil }
        type = String(reference[..<mark])
        normalized = reference.removingPercentEncoding ?? reference
        tokens = []
        for parameter in reference[reference.index(after: mark)...].split(separator: "&") {
            guard let token = Token(parameter: parameter) else { return nil }
            tokens.append(token)
        }
        guard !type.isEmpty, !tokens.isEmpty else { return nil }
    }

    /// Whether a resource carrying `identifiers` matches every parameter.
    func matches(_ identifiers: [IdentifierValue]) -> Bool {
        tokens.allSatisfy { token in identifiers.contains { token.matches($0) } }
    }

    private struct Token: Hashable {
        /// `nil` matches any system; `""` matches only an identifier without one.
        var system: String?
        var value: String

        init?(parameter: Substring) {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0] == "identifier" else { return nil }
            let token = String(parts[1]).removingPercentEncoding ?? String(parts[1])
            if let bar = token.firstIndex(of: "|") {
                system = String(token[..<bar])
                value = String(token[token.index(after: bar)...])
            } else {
                system = nil
                value = token
            }
            guard !value.isEmpty else { return nil }
        }

        func matches(_ identifier: IdentifierValue) -> Bool {
            guard identifier.value == value else { return false }
            switch system {
            case nil: return true
            case "": return identifier.system == nil
            case let system: return identifier.system == system
            }
        }
    }
}
