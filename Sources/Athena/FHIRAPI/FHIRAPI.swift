package import Authorization
package import FHIR
package import SandboxHTTP
import SandboxStore
package import SandboxSupport

/// athenaOne's FHIR R4 API under `/fhir/r4`: metadata, read and search, with athenaOne's
/// tenancy rule and its answers to what it does not offer.
package struct FHIRAPI: Sendable {
    /// The path every FHIR route lives under.
    package static let basePath = "/fhir/r4"

    package struct Configuration: Sendable {
        package var practiceIDs: Set<Int>
        /// The practice's UTC offset; date-only values are read in it.
        package var offsetMinutes: Int
        package var paging: SearchEngine.Configuration
        package var softwareVersion: String
        /// The host used in links when a request carries no `Host` header.
        package var fallbackHost: String

        package init(
            practiceIDs: Set<Int> = [195_900],
            offsetMinutes: Int = -300,
            paging: SearchEngine.Configuration = SearchEngine.Configuration(),
            softwareVersion: String = "0.1.0",
            fallbackHost: String = "127.0.0.1"
        ) {
            self.practiceIDs = practiceIDs
            self.offsetMinutes = offsetMinutes
            self.paging = paging
            self.softwareVersion = softwareVersion
            self.fallbackHost = fallbackHost
        }
    }

    let configuration: Configuration
    let repository: ResourceRepository
    let engine: SearchEngine
    let clock: SimulatedClock
    let capabilities: CapabilityStatementBuilder
    let authenticate: Authenticator
    let logger: Logger

    /// Reads an `Authorization` header into what its token grants.
    package typealias Authenticator = @Sendable (_ authorizationHeader: String?) -> BearerResult

    package init(
        configuration: Configuration,
        repository: ResourceRepository,
        authenticate: @escaping Authenticator,
        logger: Logger = .discarding()
    ) {
        self.configuration = configuration
        self.repository = repository
        self.authenticate = authenticate
        self.logger = logger
        clock = repository.clock
        engine = SearchEngine(store: repository.store, configuration: configuration.paging)
        capabilities = CapabilityStatementBuilder(
            catalog: repository.catalog,
            softwareVersion: configuration.softwareVersion,
            releaseDate: "2026-01-15"
        )
    }

    /// Adds the FHIR routes to `router`.
    package func register(on router: inout Router) {
        let base = Self.basePath
        router.get("\(base)/metadata") { request, _ in metadata(request) }
        for method in ["POST", "PUT", "PATCH", "DELETE"] {
            router.add(method, "\(base)/metadata") { request, _ in
                Self.methodNotAllowed(request.method, "metadata", allow: "GET, HEAD")
            }
        }
        router.get("\(base)/:type/_search") { _, match in
            Self.methodNotAllowed("GET", "\(match["type"] ?? "")/_search", allow: "POST")
        }
        router.get("\(base)/:type") { request, match in search(request, rawType: match["type"] ?? "", viaPost: false) }
        router.post("\(base)/:type/_search") { request, match in
            search(request, rawType: match["type"] ?? "", viaPost: true)
        }
        router.get("\(base)/:type/:id") { request, match in
            read(request, rawType: match["type"] ?? "", rawID: match["id"] ?? "")
        }
        for method in ["PUT", "PATCH", "DELETE"] {
            router.add(method, "\(base)/:type/:id") { request, match in
                refuseInstanceWrite(request, rawType: match["type"] ?? "", rawID: match["id"] ?? "")
            }
        }
        for method in ["POST", "PUT", "PATCH", "DELETE"] {
            router.add(method, "\(base)/:type") { request, match in
                refuseTypeWrite(request, rawType: match["type"] ?? "")
            }
        }
    }

    /// The answer to a FHIR path that names no route: 404 as an OperationOutcome.
    package static func notFound(_ request: HTTPRequest) -> HTTPResponse {
        FHIRResponse.outcome(404, code: "not-found", "No FHIR route answers \(request.method) on this path")
    }

    func baseURL(of request: HTTPRequest) -> String {
        BaseURL.of(request, fallbackHost: configuration.fallbackHost, path: Self.basePath)
    }

    private func metadata(_ request: HTTPRequest) -> HTTPResponse {
        if let refusal = ContentNegotiation.refusal(for: request) { return refusal.response }
        return FHIRResponse.bytes(capabilities.statement(baseURL: baseURL(of: request)).canonicalBytes())
    }
}
