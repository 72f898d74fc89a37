import SandboxSupport

/// Finding and rewriting the references in a resource tree.
///
/// A reference is the string value of any object member named `reference`, wherever it sits:
/// in a top-level element, a backbone element, an extension or a contained resource.
extension JSONValue {
    /// Every reference in this value, in document order.
    func references() -> [String] {
        var found: [String] = []
        collectReferences(into: &found)
        return found
    }

    /// This value with every reference replaced by `transform`'s result.
    func replacingReferences(_ transform: (String) -> String) -> JSONValue {
        switch self {
        case .array(let elements):
            return .array(elements.map { $0.replacingReferences(transform) })
        case .object(let members):
            return .object(
                members.map { member in
                    if member.key == "reference", let reference = member.value.stringValue {
                        return Member(member.key, .string(transform(reference)))
                    }
                    return Member(member.key, member.value.replacingReferences(transform))
                }
            )
        default:
            return self
        }
    }

    private func collectReferences(into found: inout [String]) {
        switch self {
        case .array(let elements):
            for element in elements { element.collectReferences(into: &found) }
        case .object(let members):
            for member in members {
                if member.key == "reference", let reference = member.value.stringValue {
                    found.append(reference)
                } else {
                    member.value.collectReferences(into: &found)
                }
            }
        default:
            break
        }
    }
}
