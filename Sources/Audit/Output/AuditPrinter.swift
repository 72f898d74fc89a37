import SandboxSupport

/// Renders audit entries for the command line: JSON lines, a FHIR bundle or a table.
///
/// ```swift
/// let store = try AuditStore(path: AuditStore.path(besideDatabase: databasePath))
/// let entries = try store.entries(matching: AuditFilter(status: .inClass(4)))
/// print(AuditPrinter(format: .table).render(entries), terminator: "")
/// ```
package struct AuditPrinter: Sendable {
    /// How entries are printed.
    package enum Format: String, Sendable, CaseIterable {
        /// One JSON object per line (``AuditJSONLines``).
        case jsonl
        /// A FHIR `Bundle` of `AuditEvent`s (``AuditBundle``), on one line.
        case bundle
        /// Aligned columns for people (``AuditTable``).
        case table
    }

    package var format: Format

    package init(format: Format) {
        self.format = format
    }

    /// The text of `entries` in ``format``, ending in a newline.
    package func render(_ entries: [AuditEntry]) -> String {
        switch format {
        case .jsonl:
            String(decoding: AuditJSONLines.encode(entries), as: UTF8.self)
        case .bundle:
            AuditBundle.make(from: entries).encodedString() + "\n"
        case .table:
            AuditTable(entries: entries).text
        }
    }
}
