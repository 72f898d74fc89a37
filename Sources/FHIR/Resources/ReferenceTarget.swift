/// The type and id a literal reference points at: `Patient/a-1.E-2`, or the same at the end of an
/// absolute URL (`https://host/fhir/r4/Patient/a-1.E-2`).
package struct ReferenceTarget: Sendable, Hashable {
    package var type: String
    package var id: String

    package init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    /// `nil` for a reference that does not end in `Type/id` (a contained `#ref`, a `urn:uuid:`).
    package init?(_ reference: String) {
        let withoutHistory = reference.split(separator: "/_history/", maxSplits: 1).first.map(String.init) ?? reference
        let segments = withoutHistory.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2 else { return nil }
        let type = segments[segments.count - 2]
        let id = segments[segments.count - 1]
        guard let first = type.first, first.isUppercase, type.allSatisfy(\.isLetter), !id.isEmpty else { return nil }
        self.init(type: String(type), id: String(id))
    }

    /// `Type/id`.
    package var relativeReference: String {
        "\(type)/\(id)"
    }
}
