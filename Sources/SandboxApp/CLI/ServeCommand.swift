import SandboxStore
import SandboxHTTP
import SandboxSupport

/// `athena-sandbox serve`: seed when empty, listen, print where, stop on SIGINT or SIGTERM.
struct ServeCommand {
    var options: ServeOptions

    func run() throws -> Int32 {
        let level = Logger.Level(name: options.logLevel) ?? .info
        let logger = Logger.standardError(label: "athena-sandbox", logLevel: level)
        let shutdown = ShutdownSignal()
        let database = try PracticeDatabase(path: options.database, clock: SimulatedClock())
        if try database.isEmpty {
            let counts = try PracticeSeeder(seed: options.seed, patientCount: options.patients).seed(database)
            logger.info(
                "Seeded an empty database",
                metadata: ["sandbox.seed": String(options.seed), "sandbox.patients": String(counts["Patient"] ?? 0)]
            )
        }
        let server = try SandboxServer(database: database, host: options.host, port: options.port, logger: logger)
        CommandRunner.printOutput(
            """
            Athena Sandbox listening on \(server.baseURL)
            FHIR R4 base: \(server.baseURL)/fhir/r4 (add ah-practice=Organization/a-1.Practice-\(database.practiceID))
            Database: \(options.database)
            """
        )
        let signal = shutdown.wait()
        logger.info("Shutting down", metadata: ["sandbox.signal": String(signal)])
        server.stop()
        try database.store.checkpoint()
        return CommandRunner.ExitCode.success
    }
}
