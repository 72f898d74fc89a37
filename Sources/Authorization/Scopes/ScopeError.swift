/// A scope the grammar does not accept, naming the scope's text and what is wrong with it.
package struct ScopeError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Kind: Hashable {
        case unknown, resourceType, permissions, constraint
    }

    private let kind: Kind
    /// The scope as the client wrote it.
    package let text: String

    /// A scope of no form the grammar knows, such as `email` or `Patient/Observation.read`.
    package static func unknown(_ text: String) -> ScopeError {
        ScopeError(kind: .unknown, text: text)
    }

    /// A resource scope whose type is neither `*` nor shaped like a FHIR resource type name.
    package static func resourceType(_ text: String) -> ScopeError {
        ScopeError(kind: .resourceType, text: text)
    }

    /// A resource scope whose permissions are neither a v1 word nor an ordered subset of `cruds`.
    package static func permissions(_ text: String) -> ScopeError {
        ScopeError(kind: .permissions, text: text)
    }

    /// A resource scope whose `?name=value` suffix is broken or follows v1 permissions.
    package static func constraint(_ text: String) -> ScopeError {
        ScopeError(kind: .constraint, text: text)
    }

    package var description: String {
        switch kind {
        case .unknown: "unknown scope '\(text)'"
        case .resourceType: "scope '\(text)' does not name a resource type or '*'"
        case .permissions: "scope '\(text)' has permissions that are not read, write, * or an ordered subset of cruds"
        case .constraint: "scope '\(text)' has a malformed constraint or a constraint on SMART v1 permissions"
        }
    }
}
