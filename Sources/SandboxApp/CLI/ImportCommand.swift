import SandboxStore
import SandboxSupport
import Seeding

/// `athena-sandbox import`: load Bundle files, reporting per file what was loaded and skipped.
struct ImportCommand {
    var options: ImportOptions

    func run() throws -> Int32 {
        let database = try PracticeDatabase(path: options.database, clock: .init())
        var loader = try BundleLoader(database: database)
        var failures = 0
        for file in options.files {
            do {
                let outcome = try loader.load(file: file)
                CommandRunner.printOutput(Self.describe(outcome))
            } catch {
                CommandRunner.printError("Error: \(error)")
                failures += 1
            }
        }
        try database.store.checkpoint()
        try database.discardSnapshot()
        return failures == 0 ? CommandRunner.ExitCode.success : CommandRunner.ExitCode.failure
    }

    static func describe(_ outcome: BundleLoader.Outcome) -> String {
        let loaded = outcome.loaded.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        let summary = loaded.isEmpty ? "loaded nothing" : "loaded " + loaded.joined(separator: ", ")
        var lines = ["\(outcome.fileName): \(summary)"]
        let reasons = Dictionary(grouping: outcome.skipped) { "\($0.type): \($0.reason)" }
        for (reason, entries) in reasons.sorted(by: { $0.key < $1.key }) {
            lines.append("  skipped \(entries.count) \(reason)")
        }
        return lines.joined(separator: "\n")
    }
}
