/// A search the server will not run, with the words the OperationOutcome will carry.
package struct SearchError: Error, Sendable, Hashable {
    private enum Kind: Hashable {
        case invalid, notSupported, forbidden, tooCostly
    }

    private let kind: Kind
    /// What was wrong, naming the parameter or value.
    package let diagnostics: String

    /// The FHIR issue type code for the OperationOutcome.
    package var issueCode: String {
        switch kind {
        case .invalid: "invalid"
        case .notSupported: "not-supported"
        case .forbidden: "forbidden"
        case .tooCostly: "too-costly"
        }
    }

    /// A value that cannot be read, or a request that breaks a rule of the search syntax.
    package static func invalid(_ diagnostics: String) -> SearchError {
        SearchError(kind: .invalid, diagnostics: diagnostics)
    }

    /// Something well-formed that the server does not offer: a parameter, a modifier, a prefix.
    package static func notSupported(_ diagnostics: String) -> SearchError {
        SearchError(kind: .notSupported, diagnostics: diagnostics)
    }

    /// A search that leaves out what the server demands, such as a required parameter combination.
    package static func forbidden(_ diagnostics: String) -> SearchError {
        SearchError(kind: .forbidden, diagnostics: diagnostics)
    }

    /// A search larger than the server takes: too many parameters or values.
    package static func tooCostly(_ diagnostics: String) -> SearchError {
        SearchError(kind: .tooCostly, diagnostics: diagnostics)
    }
}
