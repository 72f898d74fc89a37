import SandboxStore
import SandboxSupport

/// The patients the consent page offers, read from the store when the page is drawn.
struct PatientDirectory: Sendable {
    /// How many patients the picker lists at most.
    static let limit = 500

    let store: ResourceStore

    /// `(id, "Family, Given")` for the first patients by position.
    @Sendable func list() -> [(id: String, name: String)] {
        guard let matches = try? store.search(ResourceQuery(type: "Patient", limit: Self.limit)) else { return [] }
        return matches.map { match in
            let resource = try? JSONValue.parse(match.resource.json)
            let name = resource?["name"]?[0]
            let family = name?["family"]?.stringValue ?? ""
            let given = name?["given"]?.arrayValue?.compactMap(\.stringValue).joined(separator: " ") ?? ""
            return (match.resource.id, given.isEmpty ? family : "\(family), \(given)")
        }
    }
}
