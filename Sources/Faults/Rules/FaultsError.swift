/// A fault rule, deprecation entry, clock change or settings file the sandbox could not use.
///
/// Messages name the member that is wrong, with its path inside the document
/// (`rules[2].when.nth`), so a user can find it; they never quote header values or bodies.
package struct FaultsError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case invalidField(name: String, reason: String)
        case unknownField(name: String)
        case notJSON(detail: String)
        case fileUnreadable(file: String, detail: String)
        case unknownID(id: String)
    }

    private let reason: Reason

    private init(_ reason: Reason) {
        self.reason = reason
    }

    /// A member is missing or has a value that cannot be used.
    package static func invalidField(_ name: String, _ reason: String) -> FaultsError {
        FaultsError(.invalidField(name: name, reason: reason))
    }

    /// A member the format does not define, which is most often a misspelling.
    package static func unknownField(_ name: String) -> FaultsError {
        FaultsError(.unknownField(name: name))
    }

    /// The text is not JSON.
    package static func notJSON(_ detail: String) -> FaultsError {
        FaultsError(.notJSON(detail: detail))
    }

    /// A settings file could not be read.
    package static func fileUnreadable(_ file: String, _ detail: String) -> FaultsError {
        FaultsError(.fileUnreadable(file: file, detail: detail))
    }

    /// No rule or entry has this id.
    package static func unknownID(_ id: String) -> FaultsError {
        FaultsError(.unknownID(id: id))
    }

    /// Whether the error says that nothing has the id asked for.
    package var isUnknownID: Bool {
        if case .unknownID = reason { return true }
        return false
    }

    package var description: String {
        switch reason {
        case .invalidField(let name, let reason): "\(name): \(reason)"
        case .unknownField(let name): "\(name): is not a member this format knows"
        case .notJSON(let detail): "the body is not JSON: \(detail)"
        case .fileUnreadable(let file, let detail): "\(file): \(detail)"
        case .unknownID(let id): "nothing has the id \(id)"
        }
    }
}
