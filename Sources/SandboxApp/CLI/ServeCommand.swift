import Authorization
import SandboxCrypto
import SandboxHTTP
import SandboxStore
import SandboxSupport

/// `athena-sandbox serve`: seed when empty, listen, print where, stop on SIGINT or SIGTERM.
struct ServeCommand {
    var options: ServeOptions

    func run() throws -> Int32 {
        let level = Logger.Level(name: options.logLevel) ?? .info
        let logger = Logger.standardError(label: "athena-sandbox", logLevel: level)
        let shutdown = ShutdownSignal()
        let clock = SimulatedClock(mode: SimulatedClock.Mode(rawValue: options.clock) ?? .fixed)
        let database = try PracticeDatabase(path: options.database, clock: clock)
        if try database.isEmpty {
            let counts = try PracticeSeeder(seed: options.seed, patientCount: options.patients).seed(database)
            logger.info(
                "Seeded an empty database",
                metadata: ["sandbox.seed": String(options.seed), "sandbox.patients": String(counts["Patient"] ?? 0)]
            )
        }
        let configuration = SandboxServer.Configuration(
            host: options.host,
            port: options.port,
            profile: OAuthServer.Configuration.Profile(rawValue: options.profile) ?? .preview,
            faultFile: options.faultFile,
            faultFlags: options.faults,
            faultSeed: options.seed,
            adminToken: Self.adminToken(options)
        )
        let server = try SandboxServer(database: database, configuration: configuration, logger: logger)
        // Taken once the authorization server has stored its clients and key, so a reset keeps them.
        if !database.hasSnapshot { try database.takeSnapshot() }
        CommandRunner.printOutput(
            """
            Athena Sandbox listening on \(server.baseURL)
            FHIR R4 base: \(server.baseURL)/fhir/r4 (add ah-practice=Organization/a-1.Practice-\(database.practiceID))
            Token URL: \(server.baseURL)/oauth2/v1/token (\(options.profile) profile)
            \(Self.defaultClientLine(server))
            Database: \(options.database)
            """
        )
        if let token = configuration.adminToken {
            CommandRunner.printOutput("Admin API token (send as \(AdminGuard.tokenHeader)): \(token)")
        }
        let signal = shutdown.wait()
        logger.info("Shutting down", metadata: ["sandbox.signal": String(signal)])
        server.stop()
        try database.store.checkpoint()
        return CommandRunner.ExitCode.success
    }

    /// The fixed 2-legged client every new database has, for tutorials and tests.
    private static func defaultClientLine(_ server: SandboxServer) -> String {
        let service = server.oauth.clients.all().first { $0.kind == .service }
        guard let service, case .secret(let secret) = service.authentication else {
            return "No 2-legged client is registered; see 'athena-sandbox clients'"
        }
        return "Default client: \(service.id) secret \(secret) scopes \(service.scopes.description)"
    }

    /// The admin token: the one given, or a fresh one when listening beyond loopback.
    private static func adminToken(_ options: ServeOptions) -> String? {
        if let given = options.adminToken { return given }
        guard !AdminGuard.isLoopback(options.host) else { return nil }
        return SecureRandom.token()
    }
}
