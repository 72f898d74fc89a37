/// A FHIR interaction on a resource type, as a scope's permissions see it.
package enum Interaction: String, Sendable, Hashable, CaseIterable {
    case read, search, create, update, delete

    /// The permission that allows this interaction.
    package var permission: Permissions {
        switch self {
        case .read: .read
        case .search: .search
        case .create: .create
        case .update: .update
        case .delete: .delete
        }
    }

    /// The SMART v2 letter for this interaction: `r`, `s`, `c`, `u` or `d`.
    package var letter: String {
        permission.letters
    }
}
