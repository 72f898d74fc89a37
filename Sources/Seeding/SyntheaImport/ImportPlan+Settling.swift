import SandboxSupport

/// Skipping kept resources that need a skipped one.
extension ImportPlan {
    /// Skips every kept resource whose required reference element would be left empty once the
    /// references to skipped entries are taken out, repeating until no more change: skipping a
    /// resource can leave another without a required reference in turn.
    mutating func skipDependentsOfSkipped() {
        var changed = true
        while changed {
            changed = false
            let pruner = ReferencePruner(isDropped: isDropped)
            for entry in entries where isKept(entry.position) {
                guard case .failure(let lost) = pruner.prune(entry.resource) else { continue }
                fates[entry.position] = .skipped(Self.reason(lost))
                changed = true
            }
        }
    }

    /// The resource at `position` with its references to skipped entries taken out.
    func prunedResource(at position: Int) -> JSONValue {
        switch ReferencePruner(isDropped: isDropped).prune(entries[position].resource) {
        case .success(let resource): return resource
        case .failure: fatalError("a kept resource lost a required reference after planning")
        }
    }

    /// Whether a reference in a kept resource names an entry that is not converted.
    func isDropped(_ reference: String) -> Bool {
        guard case .entry(let position) = links[reference] else { return false }
        return !isKept(position)
    }

    private static func reason(_ lost: ReferencePruner.RequiredElementLost) -> String {
        "its required element \(lost.path) refers only to resources that are not imported"
    }
}
