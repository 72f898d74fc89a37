/// Resolving the references of the kept resources.
extension ImportPlan {
    /// Fills ``links`` with the target of every reference in a kept resource; `#` references to
    /// contained resources stay as they are.
    mutating func resolveLinks(with resolver: ReferenceResolver) throws(ImportError) {
        for entry in entries where isKept(entry.position) {
            for reference in entry.resource.references() where !reference.hasPrefix("#") && links[reference] == nil {
                links[reference] = try target(of: reference, from: entry, resolver: resolver)
            }
        }
    }

    private func target(
        of reference: String,
        from entry: BundleEntry,
        resolver: ReferenceResolver
    ) throws(ImportError) -> ReferenceTarget {
        let why: String
        switch resolver.candidates(for: reference) {
        case .success(let candidates):
            let targets = Set(candidates.map(finalTarget))
            if targets.count == 1, let target = targets.first { return target }
            why = "which names \(targets.count) different entries"
        case .failure(.ambiguous):
            why = "which names several resources imported earlier"
        case .failure(.unsupportedSearch):
            why = "a conditional reference; only identifier searches (Type?identifier=system|value) are understood"
        case .failure(.notFound):
            why = "which is not in the bundle"
        }
        throw .unresolvableReference(fileName, reference: reference, from: entry.label, why: why)
    }
}
