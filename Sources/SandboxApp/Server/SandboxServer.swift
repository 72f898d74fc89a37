import Athena
package import Authorization
import FHIR
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
        /// Where `clients.json` and `users.json` are read from on a new database.
        package var seedDataDirectory: URL?

        package init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            profile: OAuthServer.Configuration.Profile = .preview,
            seedDataDirectory: URL? = nil
        ) {
            self.host = host
            self.port = port
            self.profile = profile
            self.seedDataDirectory = seedDataDirectory
        }
    }

    package let http: HTTPServer
    package let database: PracticeDatabase
    package let oauth: OAuthServer

    /// Starts listening.
    ///
    /// - Throws: `HTTPServerError` when the address cannot be bound, and the authorization
    ///   server's errors when its clients or key cannot be loaded.
    package init(database: PracticeDatabase, configuration: Configuration, logger: Logger) throws {
        self.database = database
        let directory = try configuration.seedDataDirectory ?? SeedData.defaultDirectory()
        let oauth = try OAuthServer(
            configuration: .init(profile: configuration.profile, practiceID: database.practiceID),
            store: database.store,
            seed: try AuthorizationSeed.load(from: directory),
            clock: database.repository.clock,
            logger: logger,
            patients: PatientDirectory(store: database.store).list
        )
        self.oauth = oauth
        let fhir = FHIRAPI(
            configuration: .init(practiceIDs: [database.practiceID], offsetMinutes: database.offsetMinutes),
            repository: database.repository,
            authenticate: { oauth.authenticate(bearer: $0) },
            logger: logger
        )
        let router = SandboxRoutes.makeRouter(fhir: fhir, oauth: oauth)
        let http = HTTPServerConfiguration(host: configuration.host, port: configuration.port)
        self.http = try HTTPServer(configuration: http, responder: AdminGuard(wrapped: router), logger: logger)
    }

    /// The URL clients reach the server at.
    package var baseURL: String {
        let host = http.host.contains(":") ? "[\(http.host)]" : http.host
        return "http://\(host):\(http.port)"
    }

    package func stop() {
        http.stop()
    }
}

/// The HTTP server's settings; named here so the sandbox's own `Configuration` reads plainly.
typealias HTTPServerConfiguration = HTTPServer.Configuration
