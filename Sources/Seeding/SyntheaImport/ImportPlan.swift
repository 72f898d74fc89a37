import SandboxSupport

/// What happens to each entry of one bundle, decided before any id is allocated.
///
/// Building a plan reads the whole bundle: it sorts entries into kept, skipped and merged (shared
/// reference data already imported), resolves every reference in the kept resources, and skips
/// the kept resources that cannot stay valid without a skipped one. Only then does the importer
/// allocate numbers, so a bundle that fails to import uses none.
struct ImportPlan {
    /// The fate of one entry.
    enum Fate: Equatable {
        /// Converted and loaded.
        case kept
        /// Left out, for the reason given.
        case skipped(String)
        /// Not loaded again: the same shared resource is `target` (the first copy in this bundle,
        /// or one an earlier bundle imported).
        case merged(into: ReferenceTarget)
    }

    let fileName: String
    let entries: [BundleEntry]

    /// Each entry's fate, by position.
    var fates: [Fate]

    /// Where each reference in a kept resource points, after following merges.
    var links: [String: ReferenceTarget] = [:]

    /// Plans the import of `entries`.
    ///
    /// - Throws: ``ImportError`` when a kept resource holds a reference that names nothing in the
    ///   bundle (nor a shared resource imported earlier), or several different things.
    init(fileName: String, entries: [BundleEntry], registry: SharedResourceRegistry) throws(ImportError) {
        self.fileName = fileName
        self.entries = entries
        fates = Self.initialFates(of: entries, registry: registry)
        try resolveLinks(with: ReferenceResolver(entries: entries, registry: registry))
        skipDependentsOfSkipped()
    }

    /// Whether the entry at `position` is converted.
    func isKept(_ position: Int) -> Bool {
        fates[position] == .kept
    }

    /// Entries of unserved types are skipped; a shared resource seen before is merged.
    private static func initialFates(of entries: [BundleEntry], registry: SharedResourceRegistry) -> [Fate] {
        var fates: [Fate] = []
        for entry in entries {
            guard ServedResourceTypes.all.contains(entry.type) else {
                fates.append(.skipped("athenaOne does not serve \(entry.type)"))
                continue
            }
            fates.append(sharedOriginal(of: entry, earlier: entries[..<entry.position], registry: registry) ?? .kept)
        }
        return fates
    }

    /// `.merged` when `entry` is shared reference data that an earlier bundle imported or an
    /// earlier entry of this bundle holds.
    private static func sharedOriginal(
        of entry: BundleEntry,
        earlier: ArraySlice<BundleEntry>,
        registry: SharedResourceRegistry
    ) -> Fate? {
        guard ServedResourceTypes.shared.contains(entry.type) else { return nil }
        if let id = registry.id(type: entry.type, sharingAnyOf: entry.identifiers) {
            return .merged(into: .imported(type: entry.type, id: id))
        }
        let qualified = entry.identifiers.filter { $0.system != nil }
        let first = earlier.first { other in
            other.type == entry.type && other.identifiers.contains(where: qualified.contains)
        }
        return first.map { .merged(into: .entry($0.position)) }
    }

    /// The target that stands for `target` once merged copies are replaced by their originals.
    func finalTarget(_ target: ReferenceTarget) -> ReferenceTarget {
        guard case .entry(let position) = target, case .merged(let original) = fates[position] else { return target }
        return finalTarget(original)
    }
}
