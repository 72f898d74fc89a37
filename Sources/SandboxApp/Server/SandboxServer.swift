import Athena
import FHIR
package import SandboxHTTP
package import SandboxSupport

/// The whole sandbox behind one HTTP listener: every route family over one database.
package final class SandboxServer: Sendable {
    package let http: HTTPServer
    package let database: PracticeDatabase

    /// Starts listening.
    ///
    /// - Throws: `HTTPServerError` when the address cannot be bound.
    package init(database: PracticeDatabase, host: String, port: Int, logger: Logger) throws {
        self.database = database
        let fhir = FHIRAPI(
            configuration: .init(practiceIDs: [database.practiceID], offsetMinutes: database.offsetMinutes),
            repository: database.repository
        )
        let router = SandboxRoutes.makeRouter(fhir: fhir)
        http = try HTTPServer(configuration: .init(host: host, port: port), responder: router, logger: logger)
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
