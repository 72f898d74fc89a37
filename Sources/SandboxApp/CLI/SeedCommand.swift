import SandboxSupport

/// `athena-sandbox seed`: rebuild the database from synthetic patients.
struct SeedCommand {
    var options: SeedOptions

    func run() throws -> Int32 {
        let database = try PracticeDatabase(path: options.database, clock: SimulatedClock())
        let counts = try PracticeSeeder(seed: options.seed, patientCount: options.patients).seed(database)
        var lines = ["Seeded \(options.database) with seed \(options.seed):"]
        lines += counts.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        CommandRunner.printOutput(lines.joined(separator: "\n"))
        return CommandRunner.ExitCode.success
    }
}
