import SandboxSupport

/// Audit entries as JSON lines: one compact object per entry, each followed by a newline.
///
/// Each line is ``AuditEntry/json``, so members keep one fixed order. An empty list is an
/// empty body.
package enum AuditJSONLines {
    /// The media type of JSON lines.
    package static let contentType = "application/x-ndjson"

    /// The UTF-8 text of `entries`, one line each.
    package static func encode(_ entries: [AuditEntry]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(entries.count * 400)
        for entry in entries {
            output.append(contentsOf: entry.json.encodedBytes())
            output.append(UInt8(ascii: "\n"))
        }
        return output
    }
}
