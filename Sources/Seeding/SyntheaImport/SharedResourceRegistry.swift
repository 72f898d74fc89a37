/// The shared reference data (Organizations, Practitioners, Locations) imported so far, so that
/// later bundles reuse one copy instead of adding another.
///
/// Records are found by identifier: two resources of one type that share an identifier with a
/// system are the same thing.
struct SharedResourceRegistry: Sendable {
    private var records: [Record] = []

    private struct Record: Sendable {
        var type: String
        var id: String
        var identifiers: [IdentifierValue]
    }

    /// What a search of the registry found.
    enum Match: Equatable {
        case none
        case one(id: String)
        case several
    }

    /// The new id of an imported `type` that shares a system-qualified identifier with `identifiers`.
    func id(type: String, sharingAnyOf identifiers: [IdentifierValue]) -> String? {
        let wanted = identifiers.filter { $0.system != nil }
        guard !wanted.isEmpty else { return nil }
        return records.first { $0.type == type && $0.identifiers.contains(where: wanted.contains) }?.id
    }

    /// The imported resource a conditional reference names.
    func match(_ search: IdentifierSearch) -> Match {
        let ids = Set(records.filter { $0.type == search.type && search.matches($0.identifiers) }.map(\.id))
        guard let id = ids.first else { return .none }
        return ids.count == 1 ? .one(id: id) : .several
    }

    /// Remembers that `identifiers` of a `type` belong to the resource with the new id `id`.
    mutating func register(type: String, id: String, identifiers: [IdentifierValue]) {
        guard !identifiers.isEmpty else { return }
        records.append(Record(type: type, id: id, identifiers: identifiers))
    }
}
