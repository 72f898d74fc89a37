import SandboxSupport

/// Takes references to entries that are not imported out of a resource, keeping it valid R4.
///
/// A `Reference` whose `reference` names a dropped entry is removed whole (with its `display`
/// and any other members). Removal then tidies upwards, because FHIR allows no empty arrays and
/// no empty objects:
/// - an array left empty is removed, and an object left with no members is removed;
/// - an extension left with only its `url` is removed;
/// - when the removed element is required ([RequiredReferenceElements]) inside a backbone
///   element, that backbone element is removed; when it is required at the root, the resource
///   cannot be kept at all and ``prune(_:)`` says which element broke.
///
/// A contained resource is pruned by its own type's rules; if it cannot be kept, neither can the
/// resource that contains it.
struct ReferencePruner {
    /// Whether a reference names an entry that is not imported.
    var isDropped: (String) -> Bool

    /// The resource without dropped references, or the path of the required element that would
    /// be left empty.
    func prune(_ resource: JSONValue) -> Result<JSONValue, RequiredElementLost> {
        switch prune(resource, type: typeName(resource), path: [], key: nil) {
        case .keep(let pruned): .success(pruned)
        case .remove: .failure(RequiredElementLost(path: ""))
        case .breaks(let path): .failure(RequiredElementLost(path: path))
        }
    }

    /// A required element that pruning would leave empty, such as `subject` or `agent.who`.
    struct RequiredElementLost: Error {
        var path: String
    }

    private enum Step {
        case keep(JSONValue)
        case remove
        case breaks(String)
    }

    private func prune(_ value: JSONValue, type: String, path: [String], key: String?) -> Step {
        switch value {
        case .object(let members): pruneObject(members, type: type, path: path, key: key)
        case .array(let elements): pruneArray(elements, type: type, path: path, key: key)
        default: .keep(value)
        }
    }

    private func pruneObject(_ members: [JSONValue.Member], type: String, path: [String], key: String?) -> Step {
        if let reference = members.first(where: { $0.key == "reference" })?.value.stringValue, isDropped(reference) {
            return .remove
        }
        var kept: [JSONValue.Member] = []
        for member in members {
            let memberPath = path + [member.key]
            switch pruneMember(member, type: type, path: memberPath) {
            case .keep(let value):
                kept.append(JSONValue.Member(member.key, value))
            case .breaks(let broken):
                return .breaks(broken)
            case .remove where RequiredReferenceElements.contains(type: type, path: memberPath):
                return path.isEmpty ? .breaks(memberPath.joined(separator: ".")) : .remove
            case .remove:
                continue
            }
        }
        let lostMembers = kept.count < members.count
        return lostMembers && (kept.isEmpty || isHollowExtension(kept, key: key)) ? .remove : .keep(.object(kept))
    }

    private func pruneMember(_ member: JSONValue.Member, type: String, path: [String]) -> Step {
        guard member.key == "contained" else { return prune(member.value, type: type, path: path, key: member.key) }
        // Each contained resource follows its own type's rules, from its own root.
        let contained = member.value.listValue.map { prune($0, type: typeName($0), path: [], key: nil) }
        var kept: [JSONValue] = []
        for step in contained {
            guard case .keep(let resource) = step else { return .breaks("contained") }
            kept.append(resource)
        }
        return .keep(.array(kept))
    }

    private func pruneArray(_ elements: [JSONValue], type: String, path: [String], key: String?) -> Step {
        var kept: [JSONValue] = []
        for element in elements {
            switch prune(element, type: type, path: path, key: key) {
            case .keep(let value): kept.append(value)
            case .remove: continue
            case .breaks(let broken): return .breaks(broken)
            }
        }
        return kept.isEmpty && !elements.isEmpty ? .remove : .keep(.array(kept))
    }

    /// An extension needs a value or nested extensions; one left with only `url` (and `id`) says nothing.
    private func isHollowExtension(_ members: [JSONValue.Member], key: String?) -> Bool {
        guard key == "extension" || key == "modifierExtension" else { return false }
        return members.allSatisfy { $0.key == "url" || $0.key == "id" }
    }

    private func typeName(_ resource: JSONValue) -> String {
        resource["resourceType"]?.stringValue ?? ""
    }
}
