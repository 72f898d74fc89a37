import Audit
import Foundation

/// `athena-sandbox audit`: print the audit log beside a database, filtered.
struct AuditCommand {
    var options: AuditOptions

    func run() throws -> Int32 {
        let path = AuditStore.path(besideDatabase: options.database)
        guard FileManager.default.fileExists(atPath: path) else {
            throw OpenError(description: "no audit log at \(path); it is written while 'serve' runs")
        }
        let filter: AuditFilter
        do {
            filter = try AuditFilter(parameters: options.filters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        } catch {
            throw UsageError(error.description, subcommand: "audit")
        }
        let store = try AuditStore(path: path)
        let entries = try store.entries(matching: filter)
        try store.close()
        let format = AuditPrinter.Format(rawValue: options.format) ?? .table
        CommandRunner.printOutput(AuditPrinter(format: format).render(entries))
        return CommandRunner.ExitCode.success
    }
}
