/// A client registration that could not be read, stored or found.
///
/// Messages name the field or the client id; they never quote a secret or a key.
package struct ClientRegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case invalidField(name: String, reason: String)
        case unknownClient(id: String)
        case duplicateClient(id: String)
        case storageFailed(detail: String)
        case seedFileUnreadable(file: String, detail: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) {
        self.reason = reason
    }

    /// A field of a registration is missing or has a value the sandbox cannot use.
    package static func invalidField(_ name: String, _ reason: String) -> ClientRegistryError {
        ClientRegistryError(.invalidField(name: name, reason: reason))
    }

    /// No client has this id.
    package static func unknownClient(_ id: String) -> ClientRegistryError {
        ClientRegistryError(.unknownClient(id: id))
    }

    /// A client with this id already exists.
    package static func duplicateClient(_ id: String) -> ClientRegistryError {
        ClientRegistryError(.duplicateClient(id: id))
    }

    /// The store refused to read or write a registration.
    package static func storageFailed(_ detail: String) -> ClientRegistryError {
        ClientRegistryError(.storageFailed(detail: detail))
    }

    /// A seed file is missing or is not what it should be.
    package static func seedFileUnreadable(_ file: String, _ detail: String) -> ClientRegistryError {
        ClientRegistryError(.seedFileUnreadable(file: file, detail: detail))
    }

    /// Whether the error says the client does not exist.
    package var isUnknownClient: Bool {
        if case .unknownClient = reason { return true }
        return false
    }

    /// Whether the error says the client already exists.
    package var isDuplicateClient: Bool {
        if case .duplicateClient = reason { return true }
        return false
    }

    /// Whether the error is about the registration itself rather than the store.
    package var isInvalidRegistration: Bool {
        if case .invalidField = reason { return true }
        return false
    }

    package var description: String {
        switch reason {
        case .invalidField(let name, let reason): "\(name): \(reason)"
        case .unknownClient(let id): "no client has the id \(id)"
        case .duplicateClient(let id): "a client with the id \(id) already exists"
        case .storageFailed(let detail): "the client registry could not use the store: \(detail)"
        case .seedFileUnreadable(let file, let detail): "\(file): \(detail)"
        }
    }
}
