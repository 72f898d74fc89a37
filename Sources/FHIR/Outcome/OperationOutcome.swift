package import SandboxSupport

/// The body of every FHIR error: an OperationOutcome with one issue.
package struct OperationOutcome: Sendable, Hashable {
    /// How bad the issue is.
    package enum Severity: String, Sendable {
        case fatal, error, warning, information
    }

    package var severity: Severity
    /// The FHIR issue type code: `invalid`, `not-found`, `not-supported`, `forbidden`, ...
    package var code: String
    /// What went wrong, for a developer.
    package var diagnostics: String
    /// The element the issue is about, as a FHIRPath expression, when there is one.
    package var expression: [String]

    package init(severity: Severity = .error, code: String, diagnostics: String, expression: [String] = []) {
        self.severity = severity
        self.code = code
        self.diagnostics = diagnostics
        self.expression = expression
    }

    package init(_ error: SearchError) {
        self.init(code: error.issueCode, diagnostics: error.diagnostics)
    }

    package var resource: JSONValue {
        let issue: JSONValue = .object([
            "severity": .string(severity.rawValue),
            "code": .string(code),
            "details": .object(["text": .string(diagnostics)]),
            "diagnostics": .string(diagnostics),
            "expression": expression.isEmpty ? nil : .array(expression.map(JSONValue.string)),
        ])
        return .object(["resourceType": "OperationOutcome", "issue": .array([issue])])
    }

    /// The canonical JSON bytes.
    package var bytes: [UInt8] {
        resource.canonicalBytes()
    }
}
