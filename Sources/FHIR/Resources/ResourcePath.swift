package import SandboxSupport

/// A simple element path into a resource: dot-separated member names, where a name ending in
/// `[x]` stands for a choice element (`effective[x]` matches `effectiveDateTime`,
/// `effectivePeriod`, ...), and `name(url)` picks the elements of `name` whose `url` member equals
/// `url` (for extensions).
///
/// Arrays are crossed transparently, as in FHIRPath: `name.given` yields every given name of
/// every name.
package struct ResourcePath: Sendable, Hashable, CustomStringConvertible {
    private enum Step: Hashable {
        case member(String)
        case choice(prefix: String)
        case filtered(member: String, url: String)
    }

    private let steps: [Step]
    package let description: String

    package init(_ text: String) {
        description = text
        steps = Self.split(text).map { segment in
            if segment.hasSuffix("[x]") { return .choice(prefix: String(segment.dropLast(3))) }
            if let open = segment.firstIndex(of: "("), segment.hasSuffix(")") {
                let url = segment[segment.index(after: open)..<segment.index(before: segment.endIndex)]
                return .filtered(member: String(segment[..<open]), url: String(url))
            }
            return .member(segment)
        }
    }

    /// The values the path reaches, each paired with the member name that held it (which tells a
    /// choice element's type, such as `effectivePeriod`).
    package func evaluate(in resource: JSONValue) -> [(name: String, value: JSONValue)] {
        var current: [(name: String, value: JSONValue)] = [("", resource)]
        for step in steps {
            current = current.flatMap { Self.apply(step, to: $0.value) }
        }
        return current
    }

    private static func apply(_ step: Step, to value: JSONValue) -> [(name: String, value: JSONValue)] {
        guard let members = value.members else { return [] }
        switch step {
        case .member(let name):
            return members.filter { $0.key == name }.flatMap { member in member.value.listValue.map { (name, $0) } }
        case .choice(let prefix):
            return members.filter { isChoice($0.key, of: prefix) }
                .flatMap { member in member.value.listValue.map { (member.key, $0) } }
        case .filtered(let name, let url):
            return members.filter { $0.key == name }
                .flatMap { $0.value.listValue }
                .filter { $0["url"]?.stringValue == url }
                .map { (name, $0) }
        }
    }

    private static func isChoice(_ key: String, of prefix: String) -> Bool {
        guard key.count > prefix.count, key.hasPrefix(prefix) else { return false }
        return key[key.index(key.startIndex, offsetBy: prefix.count)].isUppercase
    }

    /// Splits on dots that are not inside parentheses (URLs hold dots).
    private static func split(_ text: String) -> [String] {
        var segments: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == ".", depth == 0 {
                segments.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        segments.append(current)
        return segments
    }
}
