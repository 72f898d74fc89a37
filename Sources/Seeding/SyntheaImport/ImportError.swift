/// A bundle file that cannot be imported, and why.
///
/// The description is one line, `FILE: message`, fit for a command line's error output. Messages
/// name entries and references by id, never by their clinical content.
package struct ImportError: Error, Sendable, CustomStringConvertible {
    /// The file the error is about, as the caller named it.
    package let fileName: String

    /// What kind of problem this is, for callers and tests that branch on it.
    package var code: Code { reason.code }

    /// What is wrong, without the file name.
    package var message: String { reason.message }

    package var description: String { "\(fileName): \(message)" }

    private let reason: Reason

    private init(fileName: String, reason: Reason) {
        self.fileName = fileName
        self.reason = reason
    }

    /// A kind of import problem.
    package struct Code: Hashable, Sendable {
        private let name: String

        package static let notJSON = Code(name: "notJSON")
        package static let notABundle = Code(name: "notABundle")
        package static let unsupportedBundleType = Code(name: "unsupportedBundleType")
        package static let malformedEntry = Code(name: "malformedEntry")
        package static let unresolvableReference = Code(name: "unresolvableReference")
    }

    private enum Reason {
        case notJSON(detail: String)
        case notABundle(found: String)
        case missingBundleType
        case unsupportedBundleType(String)
        case entryWithoutResource(position: Int)
        case resourceWithoutType(position: Int)
        case unresolvableReference(reference: String, from: String, why: String)

        var code: Code {
            switch self {
            case .notJSON: .notJSON
            case .notABundle: .notABundle
            case .missingBundleType, .unsupportedBundleType: .unsupportedBundleType
            case .entryWithoutResource, .resourceWithoutType: .malformedEntry
            case .unresolvableReference: .unresolvableReference
            }
        }

        var message: String {
            switch self {
            case .notJSON(let detail):
                "not JSON: \(detail)"
            case .notABundle(let found):
                "not a FHIR Bundle (found \(found))"
            case .missingBundleType:
                "the Bundle has no type; transaction, batch and collection bundles can be imported"
            case .unsupportedBundleType(let type):
                "a \(type) bundle cannot be imported; transaction, batch and collection bundles can"
            case .entryWithoutResource(let position):
                "entry \(position + 1) has no resource"
            case .resourceWithoutType(let position):
                "the resource of entry \(position + 1) has no resourceType"
            case .unresolvableReference(let reference, let from, let why):
                "\(from) refers to \(reference), \(why)"
            }
        }
    }
}

// MARK: - Making errors

extension ImportError {
    static func notJSON(_ fileName: String, detail: String) -> ImportError {
        ImportError(fileName: fileName, reason: .notJSON(detail: detail))
    }

    static func notABundle(_ fileName: String, found: String) -> ImportError {
        ImportError(fileName: fileName, reason: .notABundle(found: found))
    }

    static func missingBundleType(_ fileName: String) -> ImportError {
        ImportError(fileName: fileName, reason: .missingBundleType)
    }

    static func unsupportedBundleType(_ fileName: String, type: String) -> ImportError {
        ImportError(fileName: fileName, reason: .unsupportedBundleType(type))
    }

    static func entryWithoutResource(_ fileName: String, position: Int) -> ImportError {
        ImportError(fileName: fileName, reason: .entryWithoutResource(position: position))
    }

    static func resourceWithoutType(_ fileName: String, position: Int) -> ImportError {
        ImportError(fileName: fileName, reason: .resourceWithoutType(position: position))
    }

    /// A kept resource (`from`, such as `Observation abc`) names something the bundle does not hold.
    static func unresolvableReference(
        _ fileName: String,
        reference: String,
        from: String,
        why: String
    ) -> ImportError {
        ImportError(fileName: fileName, reason: .unresolvableReference(reference: reference, from: from, why: why))
    }
}
