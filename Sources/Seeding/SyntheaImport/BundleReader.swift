import SandboxSupport

/// Reads a bundle file into its entries, refusing what an import cannot use.
enum BundleReader {
    /// Bundle types whose entries are resources to keep. A searchset or history bundle is a view
    /// of some server's data (with search modes and deleted versions), not data to import.
    static let importedTypes: Set<String> = ["batch", "collection", "transaction"]

    /// The entries of the bundle in `bytes`.
    ///
    /// - Throws: ``ImportError`` when the bytes are not JSON, not a Bundle, a bundle of another
    ///   type, or hold an entry without a typed resource.
    static func entries(fileName: String, bytes: [UInt8]) throws(ImportError) -> [BundleEntry] {
        let bundle = try parse(fileName: fileName, bytes: bytes)
        guard let type = bundle["type"]?.stringValue else { throw .missingBundleType(fileName) }
        guard importedTypes.contains(type) else { throw .unsupportedBundleType(fileName, type: type) }

        var entries: [BundleEntry] = []
        for (position, raw) in (bundle["entry"]?.listValue ?? []).enumerated() {
            guard let entry = BundleEntry(raw, position: position) else {
                throw .entryWithoutResource(fileName, position: position)
            }
            guard !entry.type.isEmpty else { throw .resourceWithoutType(fileName, position: position) }
            entries.append(entry)
        }
        return entries
    }

    private static func parse(fileName: String, bytes: [UInt8]) throws(ImportError) -> JSONValue {
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes)
        } catch {
            throw .notJSON(fileName, detail: error.message)
        }
        guard document.members != nil else { throw .notABundle(fileName, found: "a JSON \(kind(of: document))") }
        guard let resourceType = document["resourceType"]?.stringValue else {
            throw .notABundle(fileName, found: "an object without resourceType")
        }
        guard resourceType == "Bundle" else { throw .notABundle(fileName, found: "a \(resourceType)") }
        return document
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .array: "array"
        case .string: "string"
        case .int, .double: "number"
        case .bool: "boolean"
        case .null: "null"
        case .object: "object"
        }
    }
}
