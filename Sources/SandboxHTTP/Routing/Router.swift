/// Sends each request to the handler registered for its method and path pattern.
///
/// Build a router by value, then hand it to the server:
///
/// ```swift
/// var router = Router(notFound: { _ in .text("no such route", status: 404) })
/// router.get("/fhir/r4/:type/:id") { request, match in ... }
/// ```
///
/// When several patterns match a path, the most specific wins: a literal segment beats
/// `:name`, which beats `*`. A `HEAD` request uses the `GET` handler unless a `HEAD` handler
/// is registered; the server then sends that response's headers and `Content-Length`
/// without its body. A path no pattern matches goes to `notFound`; a path that matches only
/// under other methods goes to `methodNotAllowed`, and the router sets its `Allow` header.
/// A request the server refuses before routing, such as one with a body over the limit,
/// goes to ``rejected``.
package struct Router: HTTPResponder {
    /// Answers a request that matched `match`.
    package typealias Handler = @Sendable (HTTPRequest, RouteMatch) -> HTTPResponse
    /// Answers a request the server refused with `status` for `reason`; see
    /// ``HTTPResponder/respond(toRejected:status:reason:)``.
    package typealias RejectionHandler =
        @Sendable (_ request: HTTPRequest, _ status: Int, _ reason: String) -> HTTPResponse

    private struct Route: Sendable {
        let method: String
        let pattern: RoutePattern
        let handler: Handler
    }

    private var routes: [Route] = []
    private let notFound: @Sendable (HTTPRequest) -> HTTPResponse
    private let methodNotAllowed: @Sendable (HTTPRequest) -> HTTPResponse
    /// Answers requests the server refuses before routing; by default with the reason as plain text.
    package var rejected: RejectionHandler

    /// A router with no routes.
    ///
    /// - Parameters:
    ///   - notFound: Answers requests whose path matches no pattern.
    ///   - methodNotAllowed: Answers requests whose path matches only under other methods.
    ///   - rejected: Answers requests the server refuses before routing, such as 413 or 414.
    package init(
        notFound: @escaping @Sendable (HTTPRequest) -> HTTPResponse = { _ in .text("Not Found\n", status: 404) },
        methodNotAllowed: @escaping @Sendable (HTTPRequest) -> HTTPResponse = { _ in
            .text("Method Not Allowed\n", status: 405)
        },
        rejected: @escaping RejectionHandler = { _, status, reason in .text(reason + "\n", status: status) }
    ) {
        self.notFound = notFound
        self.methodNotAllowed = methodNotAllowed
        self.rejected = rejected
    }

    /// Registers `handler` for `method` (matched exactly, e.g. `GET`) and `pattern`.
    package mutating func add(_ method: String, _ pattern: String, handler: @escaping Handler) {
        routes.append(Route(method: method, pattern: RoutePattern(pattern), handler: handler))
    }

    /// Registers a `GET` handler, which also answers `HEAD`.
    package mutating func get(_ pattern: String, handler: @escaping Handler) {
        add("GET", pattern, handler: handler)
    }

    /// Registers a `POST` handler.
    package mutating func post(_ pattern: String, handler: @escaping Handler) {
        add("POST", pattern, handler: handler)
    }

    package func respond(to request: HTTPRequest) -> HTTPResponse {
        let path = RoutePattern.split(path: request.path)
        let candidates = routes.filter { $0.pattern.matches(path) }
        guard !candidates.isEmpty else { return notFound(request) }

        let chosen =
            best(candidates.filter { $0.method == request.method })
            ?? (request.method == "HEAD" ? best(candidates.filter { $0.method == "GET" }) : nil)
        if let chosen {
            return chosen.handler(request, chosen.pattern.capture(path))
        }

        var response = methodNotAllowed(request)
        response.headers.replaceOrAdd(name: "Allow", value: allowedMethods(in: candidates).joined(separator: ", "))
        return response
    }

    package func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        rejected(request, status, reason)
    }

    private func best(_ routes: [Route]) -> Route? {
        routes.max { $0.pattern.rank.lexicographicallyPrecedes($1.pattern.rank) }
    }

    private func allowedMethods(in routes: [Route]) -> [String] {
        var methods: [String] = []
        for method in routes.map(\.method) where !methods.contains(method) {
            methods.append(method)
            if method == "GET" && !routes.contains(where: { $0.method == "HEAD" }) { methods.append("HEAD") }
        }
        return methods
    }
}
