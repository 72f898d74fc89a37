import Foundation
import SandboxSupport

/// One entry of a bundle being imported: its resource and the names other entries may use for it.
struct BundleEntry {
    /// Where the entry sits in `Bundle.entry`, counting from 0.
    var position: Int

    /// The entry's `fullUrl`, such as `urn:uuid:…`.
    var fullURL: String?

    var resource: JSONValue

    /// The resource's `resourceType`.
    var type: String

    /// The resource's id in the bundle, when it has one.
    var originalID: String?

    /// The searches a transaction makes this entry's creation conditional on (`request.url` of a
    /// conditional update, or `request.ifNoneExist`), as `Type?query` with escapes decoded.
    var conditionalSearches: [String]

    /// The identifiers the resource carries.
    var identifiers: [IdentifierValue]

    /// Reads an entry, or returns `nil` when it has no resource object.
    init?(_ entry: JSONValue, position: Int) {
        guard let resource = entry["resource"], resource.members != nil else { return nil }
        self.position = position
        self.fullURL = entry["fullUrl"]?.stringValue
        self.resource = resource
        self.type = resource["resourceType"]?.stringValue ?? ""
        self.originalID = resource["id"]?.stringValue
        self.identifiers = IdentifierValue.all(in: resource)
        self.conditionalSearches = Self.conditionalSearches(of: entry["request"], type: type)
    }

    /// How messages name the entry: its type and its id, fullUrl or position.
    var label: String { "\(type) \(originalName)" }

    /// The entry's original name: its id, else its fullUrl, else its position.
    var originalName: String { originalID ?? fullURL ?? "at entry \(position + 1)" }

    private static func conditionalSearches(of request: JSONValue?, type: String) -> [String] {
        var searches: [String] = []
        if let url = request?["url"]?.stringValue, url.contains("?") {
            searches.append(url.removingPercentEncoding ?? url)
        }
        if let query = request?["ifNoneExist"]?.stringValue {
            let search = "\(type)?\(query)"
            searches.append(search.removingPercentEncoding ?? search)
        }
        return searches
    }
}

/// One `Identifier` of a resource, reduced to what matching needs.
struct IdentifierValue: Hashable, Sendable {
    var system: String?
    var value: String

    /// The identifiers of `resource` that have a value, in order.
    static func all(in resource: JSONValue) -> [IdentifierValue] {
        (resource["identifier"]?.listValue ?? []).compactMap { identifier in
            guard let value = identifier["value"]?.stringValue else { return nil }
            return IdentifierValue(system: identifier["system"]?.stringValue, value: value)
        }
    }
}
