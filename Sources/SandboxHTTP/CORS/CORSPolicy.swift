/// What the server tells browsers about cross-origin requests.
///
/// Every `OPTIONS` request is treated as a preflight and answered 204 by
/// ``preflightResponse(to:)``. Any other response to a request that carries `Origin` gets
/// ``decorate(_:for:)``: the origin is allowed and the headers a client needs to read are
/// exposed. The sandbox serves local test clients, so every origin is allowed.
package struct CORSPolicy: Sendable {
    /// Methods listed in `Access-Control-Allow-Methods`.
    package var allowedMethods: [String]
    /// Headers allowed when a preflight does not name the ones it wants.
    package var allowedHeaders: [String]
    /// Response headers listed in `Access-Control-Expose-Headers`.
    package var exposedHeaders: [String]
    /// Seconds a browser may cache a preflight answer.
    package var maxAge: Int

    package init(
        allowedMethods: [String] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allowedHeaders: [String] = ["Authorization", "Content-Type", "Accept", "Prefer", "If-Match", "X-Request-Id"],
        exposedHeaders: [String] = [
            "Location", "ETag", "Last-Modified", "X-Request-Id", "Content-Location", "Retry-After",
        ],
        maxAge: Int = 600
    ) {
        self.allowedMethods = allowedMethods
        self.allowedHeaders = allowedHeaders
        self.exposedHeaders = exposedHeaders
        self.maxAge = maxAge
    }

    /// The 204 answer to a preflight: the origin, methods and requested headers are allowed.
    package func preflightResponse(to request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse.empty(status: 204)
        if request.headers.contains("Origin") {
            decorate(&response, for: request)
        } else {
            response.headers.add(name: "Access-Control-Allow-Origin", value: "*")
        }
        let requested = request.headers["Access-Control-Request-Headers"]
        response.headers.add(name: "Access-Control-Allow-Methods", value: allowedMethods.joined(separator: ", "))
        response.headers.add(
            name: "Access-Control-Allow-Headers",
            value: requested ?? allowedHeaders.joined(separator: ", ")
        )
        response.headers.add(name: "Access-Control-Max-Age", value: String(maxAge))
        return response
    }

    /// Adds the CORS headers a response to a cross-origin request carries; no change without `Origin`.
    package func decorate(_ response: inout HTTPResponse, for request: HTTPRequest) {
        guard let origin = request.headers["Origin"] else { return }
        response.headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: origin)
        // The answer depends on the request's origin, so shared caches must key on it.
        addVaryOrigin(to: &response.headers)
        response.headers.replaceOrAdd(
            name: "Access-Control-Expose-Headers",
            value: exposedHeaders.joined(separator: ", ")
        )
    }

    private func addVaryOrigin(to headers: inout HTTPHeaders) {
        guard let vary = headers["Vary"] else {
            headers.add(name: "Vary", value: "Origin")
            return
        }
        let names = vary.split(separator: ",").map { $0.trimmingSpaces() }
        guard !names.contains(where: { HTTPHeaders.name(String($0), matches: "Origin") || $0 == "*" }) else { return }
        headers.replaceOrAdd(name: "Vary", value: vary + ", Origin")
    }
}
