/// What a reference in a bundle points at.
enum ReferenceTarget: Hashable {
    /// An entry of the bundle being imported, by position.
    case entry(Int)
    /// A shared resource an earlier bundle imported, by its type and new id.
    case imported(type: String, id: String)
}

/// Finds the entry a reference in a bundle names.
///
/// It understands the forms bundles use: a `fullUrl` (`urn:uuid:…` or an absolute URL), a
/// relative `Type/id` (optionally with `/_history/…`), and a conditional reference
/// `Type?identifier=…`, which is matched against the bundle's entries and then against the
/// shared resources earlier bundles imported.
struct ReferenceResolver {
    /// Why a reference could not be resolved.
    enum Failure: Error {
        case notFound
        case ambiguous
        case unsupportedSearch
    }

    private let entries: [BundleEntry]
    private let registry: SharedResourceRegistry
    private var positionsByFullURL: [String: [Int]] = [:]
    private var positionsByRelative: [String: [Int]] = [:]

    init(entries: [BundleEntry], registry: SharedResourceRegistry) {
        self.entries = entries
        self.registry = registry
        for entry in entries {
            if let fullURL = entry.fullURL { positionsByFullURL[fullURL, default: []].append(entry.position) }
            if let id = entry.originalID {
                positionsByRelative["\(entry.type)/\(id)", default: []].append(entry.position)
            }
        }
    }

    /// What a reference that does not start with `#` may point at: one target, or several when
    /// entries repeat a fullUrl, an id or an identifier (the caller decides whether those are the
    /// same resource).
    func candidates(for reference: String) -> Result<[ReferenceTarget], Failure> {
        if reference.contains("?") { return conditionalCandidates(for: reference) }
        if let positions = positionsByFullURL[reference] { return nonEmpty(positions) }
        guard !reference.contains(":") else { return .failure(.notFound) }
        // Limitation: a relative reference is matched by type and id alone, not against the base
        // URL of the entry that holds it; a bundle carrying the same `Type/id` from two servers
        // gets an ambiguity error for it.
        return nonEmpty(positionsByRelative[Self.withoutHistory(reference)] ?? [])
    }

    private func conditionalCandidates(for reference: String) -> Result<[ReferenceTarget], Failure> {
        guard let search = IdentifierSearch(reference: reference) else { return .failure(.unsupportedSearch) }
        let positions = entries.filter { entry in
            entry.type == search.type
                && (entry.conditionalSearches.contains(search.normalized) || search.matches(entry.identifiers))
        }.map(\.position)
        guard positions.isEmpty else { return nonEmpty(positions) }

        switch registry.match(search) {
        case .one(let id): return .success([.imported(type: search.type, id: id)])
        case .several: return .failure(.ambiguous)
        case .none: return .failure(.notFound)
        }
    }

    private func nonEmpty(_ positions: [Int]) -> Result<[ReferenceTarget], Failure> {
        positions.isEmpty ? .failure(.notFound) : .success(positions.map(ReferenceTarget.entry))
    }

    /// `Patient/1` for `Patient/1/_history/2`.
    private static func withoutHistory(_ reference: String) -> String {
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[2] == "_history" else { return reference }
        return parts[0...1].joined(separator: "/")
    }
}
