/// A complete HTTP request: head and whole body, as the server received them.
///
/// The path and query are kept exactly as they arrived on the request line, still
/// percent-encoded, so that a layer above can decode each part exactly once with
/// ``percentDecode(_:plusAsSpace:)``. A `/` written as `%2F` therefore stays distinguishable
/// from a segment separator.
package struct HTTPRequest: Sendable {
    /// The method as received, for example `GET`; methods are case-sensitive.
    package var method: String
    /// The raw path, still percent-encoded, for example `/fhir/r4/Patient/a%2Fb`.
    package var path: String
    /// The raw text after the first `?`, still encoded, or nil when the target has no `?`.
    package var query: String?
    package var headers: HTTPHeaders
    package var body: [UInt8]
    /// The id the server assigned or accepted for this request; echoed as `X-Request-Id`.
    package var requestID: String
    /// The peer's IP address, when known.
    package var remoteAddress: String?

    package init(
        method: String,
        path: String,
        query: String? = nil,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        requestID: String = "",
        remoteAddress: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.requestID = requestID
        self.remoteAddress = remoteAddress
    }

    /// A request for a raw request target such as `/Patient?name=a%20b`, split at its first `?`.
    package init(
        method: String,
        target: String,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        requestID: String = ""
    ) {
        let (path, query) = Self.split(target: target)
        self.init(method: method, path: path, query: query, headers: headers, body: body, requestID: requestID)
    }

    /// Splits a raw request target into its path and query.
    ///
    /// An absolute-form target (`http://host/path?q`, which proxies send) loses its scheme
    /// and authority, so the path always starts with `/` unless the target is `*`.
    static func split(target: String) -> (path: String, query: String?) {
        var rest = Substring(target)
        if !rest.hasPrefix("/"), let schemeEnd = rest.firstRange(of: "://") {
            let afterAuthority = rest[schemeEnd.upperBound...]
            rest = afterAuthority.firstIndex { $0 == "/" || $0 == "?" }.map { afterAuthority[$0...] } ?? ""
            if !rest.hasPrefix("/") { rest = "/" + rest }
        }
        guard let mark = rest.firstIndex(of: "?") else { return (String(rest), nil) }
        return (String(rest[..<mark]), String(rest[rest.index(after: mark)...]))
    }

    /// The media type of the body, lowercased and without parameters, e.g. `application/json`.
    package var mediaType: String? {
        guard let value = headers["Content-Type"] else { return nil }
        let type = value.prefix { $0 != ";" }.trimmingSpaces()
        return type.isEmpty ? nil : type.lowercased()
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
