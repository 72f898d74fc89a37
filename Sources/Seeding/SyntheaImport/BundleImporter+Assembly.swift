import SandboxSupport

/// Building the converted resources once ids are known.
extension BundleImporter {
    /// The converted bundle, remembering its shared resources for later files.
    mutating func assemble(_ plan: ImportPlan, newIDs: [Int: String]) -> ImportedBundle {
        var result = ImportedBundle(resources: [], loaded: [:], skipped: [], patientIDs: [])
        for entry in plan.entries {
            switch plan.fates[entry.position] {
            case .kept:
                guard let id = newIDs[entry.position] else { fatalError("a kept entry has no new id") }
                result.resources.append(convert(entry, id: id, plan: plan, newIDs: newIDs))
                result.loaded[entry.type, default: 0] += 1
                if entry.type == "Patient" { result.patientIDs.append(id) }
                remember(entry, id: id)
            case .skipped(let reason):
                result.skipped.append(SkippedEntry(type: entry.type, originalID: entry.originalName, reason: reason))
            case .merged(let original):
                let (type, id) = newName(of: plan.finalTarget(original), plan: plan, newIDs: newIDs)
                let reason = "same \(entry.type) as \(type)/\(id), which is imported once"
                result.skipped.append(SkippedEntry(type: entry.type, originalID: entry.originalName, reason: reason))
                remember(entry, id: id)
            }
        }
        return result
    }

    /// One kept entry's resource in athenaOne's shape.
    private func convert(_ entry: BundleEntry, id: String, plan: ImportPlan, newIDs: [Int: String]) -> JSONValue {
        var resource = plan.prunedResource(at: entry.position).replacingReferences { reference in
            guard let target = plan.links[reference] else { return reference }
            let (type, id) = newName(of: target, plan: plan, newIDs: newIDs)
            return "\(type)/\(id)"
        }
        resource.set("id", .string(id))
        resource.set("meta", nil)
        return OriginalIdentifier.appending(for: entry, to: resource)
    }

    /// The type and new id a target has after the import.
    private func newName(
        of target: ReferenceTarget,
        plan: ImportPlan,
        newIDs: [Int: String]
    ) -> (type: String, id: String) {
        switch target {
        case .imported(let type, let id):
            return (type, id)
        case .entry(let position):
            guard let id = newIDs[position] else { fatalError("a link points at an entry that is not kept") }
            return (plan.entries[position].type, id)
        }
    }

    /// Registers a shared resource's identifiers so later files reuse its new id.
    private mutating func remember(_ entry: BundleEntry, id: String) {
        guard ServedResourceTypes.shared.contains(entry.type) else { return }
        registry.register(type: entry.type, id: id, identifiers: entry.identifiers.filter { $0.system != nil })
    }
}
