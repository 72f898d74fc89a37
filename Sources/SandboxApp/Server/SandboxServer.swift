import Athena
package import Audit
package import Authorization
import FHIR
package import Faults
package import Foundation
package import SandboxHTTP
import SandboxStore
package import SandboxSupport
import Seeding

/// The whole sandbox behind one HTTP listener: every route family over one database.
package final class SandboxServer: Sendable {
    /// What the server is started with, besides its database.
    package struct Configuration: Sendable {
        package var host: String
        package var port: Int
        package var profile: OAuthServer.Configuration.Profile
        /// Where `clients.json`, `users.json` and `deprecations.json` are read from.
        package var seedDataDirectory: URL?
        /// A fault settings file (`{"seed": N, "rules": [...]}`) loaded at start-up.
        package var faultFile: String?
        /// Fault rules in the one-line form, added after the file's.
        package var faultFlags: [String]
        /// The seed of probabilistic fault rules, unless the file sets one.
        package var faultSeed: UInt64
        /// The token admin requests must carry; required when ``host`` is not a loopback address.
        package var adminToken: String?

        package init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            profile: OAuthServer.Configuration.Profile = .preview,
            seedDataDirectory: URL? = nil,
            faultFile: String? = nil,
            faultFlags: [String] = [],
            faultSeed: UInt64 = 0,
            adminToken: String? = nil
        ) {
            self.host = host
            self.port = port
            self.profile = profile
            self.seedDataDirectory = seedDataDirectory
            self.faultFile = faultFile
            self.faultFlags = faultFlags
            self.faultSeed = faultSeed
            self.adminToken = adminToken
        }
    }

    package let http: HTTPServer
    package let database: PracticeDatabase
    package let oauth: OAuthServer
    package let faults: FaultEngine
    package let deprecations: DeprecationRegistry
    package let audit: AuditLog

    /// Starts listening.
    ///
    /// - Throws: `HTTPServerError` when the address cannot be bound, and the authorization
    ///   server's, fault rules' or audit log's errors when they cannot be loaded.
    package init(database: PracticeDatabase, configuration: Configuration, logger: Logger) throws {
        self.database = database
        let directory = try configuration.seedDataDirectory ?? SeedData.defaultDirectory()
        let clock = database.repository.clock
        let oauth = try OAuthServer(
            configuration: .init(profile: configuration.profile, practiceID: database.practiceID),
            store: database.store,
            seed: try AuthorizationSeed.load(from: directory),
            clock: clock,
            logger: logger,
            patients: PatientDirectory(store: database.store).list,
            scopeValidator: CatalogScopeValidator.make(catalog: database.repository.catalog)
        )
        self.oauth = oauth
        faults = try Self.makeFaults(configuration, logger: logger)
        deprecations = DeprecationRegistry()
        try deprecations.load(contentsOfFile: directory.appendingPathComponent("deprecations.json").path)
        audit = try AuditLog(path: AuditStore.path(besideDatabase: database.store.path), logger: logger)

        let fhir = FHIRAPI(
            configuration: .init(practiceIDs: [database.practiceID], offsetMinutes: database.offsetMinutes),
            repository: database.repository,
            authenticate: { oauth.authenticate(bearer: $0) },
            logger: logger
        )
        var router = SandboxRoutes.makeRouter(fhir: fhir, oauth: oauth)
        SandboxAdminRoutes(faults: faults, deprecations: deprecations, clock: clock).register(on: &router)
        AuditAdminAPI(log: audit).register(on: &router)
        ResetAdminAPI(database: database, oauth: oauth, faults: faults, clock: clock).register(on: &router)
        let pipeline = RequestPipeline(
            handler: router,
            faults: faults,
            deprecations: deprecations,
            audit: audit,
            clock: clock,
            authenticate: { oauth.authenticate(bearer: $0) }
        )
        let http = HTTPServerConfiguration(host: configuration.host, port: configuration.port)
        let guarded = AdminGuard(wrapped: pipeline, adminToken: configuration.adminToken)
        self.http = try HTTPServer(configuration: http, responder: guarded, logger: logger)
    }

    private static func makeFaults(_ configuration: Configuration, logger: Logger) throws -> FaultEngine {
        let engine = FaultEngine(seed: configuration.faultSeed, logger: logger)
        if let file = configuration.faultFile {
            _ = try engine.load(contentsOfFile: file)
        }
        for flag in configuration.faultFlags {
            _ = try engine.add(flag: flag)
        }
        return engine
    }

    /// The URL clients reach the server at.
    package var baseURL: String {
        let host = http.host.contains(":") ? "[\(http.host)]" : http.host
        return "http://\(host):\(http.port)"
    }

    /// Stops listening, then writes out the audit log.
    package func stop() {
        http.stop()
        audit.close()
    }
}

/// The HTTP server's settings; named here so the sandbox's own `Configuration` reads plainly.
typealias HTTPServerConfiguration = HTTPServer.Configuration
