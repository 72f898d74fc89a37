/// Audit entries as a plain-text table: one header line, then one line per entry.
///
/// Columns: sequence, simulated time (UTC), request id, client, method, status, latency,
/// fault rule and path. The path comes last so a long one does not push the other columns
/// out of line. Missing values print as `-`.
///
/// ```text
/// SEQ  TIME                      REQUEST  CLIENT    METHOD  STATUS  LATENCY  FAULT  PATH
/// 1    2026-01-15T14:00:00.000Z  r-1      0oa1b2c3  GET        200    1.2ms  -      /fhir/r4/Patient/a-1
/// ```
struct AuditTable {
    private static let headers = ["SEQ", "TIME", "REQUEST", "CLIENT", "METHOD", "STATUS", "LATENCY", "FAULT", "PATH"]
    /// Columns whose values line up on the right.
    private static let rightAligned: Set<Int> = [5, 6]

    let rows: [[String]]

    init(entries: [AuditEntry]) {
        rows = entries.map(Self.row)
    }

    /// The whole table, each line ending in a newline.
    var text: String {
        let all = [Self.headers] + rows
        var widths = Array(repeating: 0, count: Self.headers.count)
        for row in all {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], cell.count)
            }
        }
        return all.map { line(of: $0, widths: widths) }.joined()
    }

    private func line(of row: [String], widths: [Int]) -> String {
        let cells = row.enumerated().map { column, cell -> String in
            // The last column is not padded, so lines carry no trailing spaces.
            guard column < row.count - 1 else { return cell }
            let padding = String(repeating: " ", count: widths[column] - cell.count)
            return Self.rightAligned.contains(column) ? padding + cell : cell + padding
        }
        return cells.joined(separator: "  ") + "\n"
    }

    private static func row(_ entry: AuditEntry) -> [String] {
        [
            String(entry.sequence),
            utcTime(entry),
            entry.requestID,
            entry.clientID ?? "-",
            entry.method,
            String(entry.status),
            milliseconds(entry.latencyMicroseconds),
            entry.faultRuleID ?? "-",
            entry.path,
        ]
    }

    /// `2026-01-15T14:00:00.000Z`.
    private static func utcTime(_ entry: AuditEntry) -> String {
        String(entry.recordedInstant.dropLast("+00:00".count)) + "Z"
    }

    /// Microseconds as milliseconds with one decimal, such as `1.2ms`.
    static func milliseconds(_ microseconds: Int64) -> String {
        let tenths = (max(microseconds, 0) + 50) / 100
        return "\(tenths / 10).\(tenths % 10)ms"
    }
}
