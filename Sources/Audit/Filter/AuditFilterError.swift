/// A filter that cannot be read: an unknown or repeated parameter, or a value of the wrong
/// shape.
///
/// The description names the parameter and what it takes, never the value given, so it is
/// safe to send back and to log.
package struct AuditFilterError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Kind: Sendable, Equatable {
        case unknownParameter
        case repeatedParameter
        case invalidValue(expected: String)
    }

    private let kind: Kind
    /// The parameter at fault.
    package let parameter: String

    private init(_ kind: Kind, parameter: String) {
        self.kind = kind
        self.parameter = parameter
    }

    /// A parameter the filter does not know.
    package static func unknownParameter(_ name: String) -> AuditFilterError {
        AuditFilterError(.unknownParameter, parameter: name)
    }

    /// A parameter given more than once.
    package static func repeatedParameter(_ name: String) -> AuditFilterError {
        AuditFilterError(.repeatedParameter, parameter: name)
    }

    /// A value that does not read as what the parameter takes, described by `expected`.
    package static func invalidValue(_ name: String, expected: String) -> AuditFilterError {
        AuditFilterError(.invalidValue(expected: expected), parameter: name)
    }

    package var description: String {
        switch kind {
        case .unknownParameter: "unknown filter parameter '\(parameter)'"
        case .repeatedParameter: "filter parameter '\(parameter)' is given more than once"
        case .invalidValue(let expected): "'\(parameter)' must be \(expected)"
        }
    }
}
