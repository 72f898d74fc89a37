package import SandboxHTTP

/// What the fault engine and the deprecation registry know about one request.
///
/// The app builds these once per request, before its handler runs, with
/// ``classify(_:clientID:now:)``. Nothing here reads a store: the facts are the request line,
/// the headers, the client the bearer token belongs to (when the app knows it) and the
/// simulated time.
package struct RequestFacts: Sendable {
    /// The method as received, for example `GET`.
    package var method: String
    /// The raw path, still percent-encoded.
    package var path: String
    /// The raw query, still encoded, or nil when there is none.
    package var query: String?
    package var family: RouteFamily
    /// The resource the path names: the FHIR type of `/fhir/r4/{Type}...`, or the first segment
    /// after the practice id of `/v1/{practiceid}/{resource}...`.
    package var resourceType: String?
    /// The OAuth client the request acts for, when the app knows it.
    package var clientID: String?
    package var headers: HTTPHeaders
    /// The id the server gave the request; model error bodies repeat it.
    package var requestID: String
    /// The simulated instant the request arrived, in milliseconds since 1970.
    package var now: Int64

    package init(
        method: String,
        path: String,
        query: String? = nil,
        family: RouteFamily? = nil,
        resourceType: String? = nil,
        clientID: String? = nil,
        headers: HTTPHeaders = [:],
        requestID: String = "",
        now: Int64
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.family = family ?? RouteFamily(path: path)
        self.resourceType = resourceType ?? Self.resourceType(path: path, family: self.family)
        self.clientID = clientID
        self.headers = headers
        self.requestID = requestID
        self.now = now
    }

    /// The facts of `request`, with its family and resource type worked out from the path.
    package static func classify(_ request: HTTPRequest, clientID: String?, now: Int64) -> RequestFacts {
        RequestFacts(
            method: request.method,
            path: request.path,
            query: request.query,
            clientID: clientID,
            headers: request.headers,
            requestID: request.requestID,
            now: now
        )
    }

    /// The resource a path names within its family, if any.
    static func resourceType(path: String, family: RouteFamily) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        switch family {
        case .fhir:
            // `/fhir/r4/Patient/...`; `metadata`, `.well-known` and `$operations` name no type.
            guard segments.count > 2, let first = segments[2].unicodeScalars.first,
                ("A"..."Z").contains(first)
            else { return nil }
            return String(segments[2])
        case .v1:
            return segments.count > 2 ? String(segments[2]) : nil
        default:
            return nil
        }
    }
}
