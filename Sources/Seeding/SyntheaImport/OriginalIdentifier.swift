import Foundation
import SandboxSupport

/// The identifier that keeps a resource's name from the bundle it came from.
///
/// The new resource gets athenaOne's id, so the original id is kept as an `Identifier`:
/// - `{system: "urn:ietf:rfc:3986", value: <fullUrl>}` when the entry has a fullUrl that is a
///   URI (Synthea's `urn:uuid:…`);
/// - `{system: "urn:ietf:rfc:3986", value: "urn:uuid:<id>"}` when it has none but its id is a UUID;
/// - otherwise `{system: "urn:athena-sandbox:original-id", value: "<Type>/<id>"}`.
///
/// Types without an `identifier` element in R4 (Provenance) get nothing: the original id of a
/// Provenance is left out.
enum OriginalIdentifier {
    /// The identifier system for a value that is itself a URI.
    static let uriSystem = "urn:ietf:rfc:3986"

    /// The identifier system for an original `Type/id` that is not a URI.
    static let relativeSystem = "urn:athena-sandbox:original-id"

    /// The identifier naming `entry`'s original, or `nil` when nothing names it.
    static func make(for entry: BundleEntry) -> IdentifierValue? {
        if let fullURL = entry.fullURL, isURI(fullURL) {
            return IdentifierValue(system: uriSystem, value: fullURL)
        }
        guard let id = entry.originalID else { return nil }
        if UUID(uuidString: id) != nil {
            return IdentifierValue(system: uriSystem, value: "urn:uuid:\(id.lowercased())")
        }
        return IdentifierValue(system: relativeSystem, value: "\(entry.type)/\(id)")
    }

    /// `resource` with the original identifier appended to `identifier`, unless its type has no
    /// such element or the resource already carries the same identifier.
    static func appending(for entry: BundleEntry, to resource: JSONValue) -> JSONValue {
        guard !ServedResourceTypes.withoutIdentifier.contains(entry.type),
            let original = make(for: entry),
            !entry.identifiers.contains(original)
        else { return resource }
        var result = resource
        let identifier: JSONValue = .object([
            "system": .string(original.system ?? ""), "value": .string(original.value),
        ])
        result.set("identifier", .array((resource["identifier"]?.listValue ?? []) + [identifier]))
        return result
    }

    /// Whether `text` is an absolute URI: a scheme, a colon, and no white space.
    private static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
            text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        else { return false }
        return !text.contains(where: \.isWhitespace)
    }
}
