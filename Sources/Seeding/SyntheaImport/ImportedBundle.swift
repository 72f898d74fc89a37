package import SandboxSupport

/// What one bundle file became: athenaOne-shaped resources ready to store, and an account of
/// every entry that was not kept.
///
/// Every entry of the bundle is counted once: either in ``loaded`` (and present in
/// ``resources``) or in ``skipped``.
package struct ImportedBundle: Sendable {
    /// The converted resources, in the bundle's entry order, without `meta`.
    package var resources: [JSONValue]

    /// How many resources of each type were converted.
    package var loaded: [String: Int]

    /// The entries that were left out, in entry order.
    package var skipped: [SkippedEntry]

    /// The new ids of the bundle's patients, in entry order.
    package var patientIDs: [String]
}

/// A bundle entry an import left out.
package struct SkippedEntry: Sendable, Hashable {
    /// The entry's resource type.
    package var type: String

    /// The resource's id in the bundle (its fullUrl, or its position, when it has none).
    package var originalID: String

    /// Why it was left out, such as "athenaOne does not serve Claim".
    package var reason: String

    package init(type: String, originalID: String, reason: String) {
        self.type = type
        self.originalID = originalID
        self.reason = reason
    }
}
