import SandboxHTTP

/// The parameters of an OAuth request, from a form body or a query string.
///
/// RFC 6749 §3.1 treats a parameter sent without a value as omitted and forbids sending one
/// twice; ``value(_:)`` applies both rules.
struct OAuthParameters: Sendable {
    /// Every pair in order, decoded, empty values included.
    let items: [(name: String, value: String)]

    init(_ items: [(name: String, value: String)]) {
        self.items = items
    }

    /// The form body of a request, which must be `application/x-www-form-urlencoded`.
    ///
    /// - Throws: `invalid_request` for another media type or a malformed body.
    static func formBody(of request: HTTPRequest) throws(OAuthError) -> OAuthParameters {
        guard request.mediaType == "application/x-www-form-urlencoded" else {
            throw .invalidRequest("the body must be application/x-www-form-urlencoded")
        }
        guard let items = request.formItems() else {
            throw .invalidRequest("the form body is not valid UTF-8 percent-encoding")
        }
        return OAuthParameters(items)
    }

    /// The query of a `GET` request, or the form body of a `POST`.
    static func of(_ request: HTTPRequest) throws(OAuthError) -> OAuthParameters {
        guard request.method == "GET" || request.method == "HEAD" else { return try formBody(of: request) }
        guard let items = request.queryItems() else {
            throw .invalidRequest("the query string has a malformed percent-encoding")
        }
        return OAuthParameters(items)
    }

    /// The non-empty value of `name`, or nil when absent or empty.
    ///
    /// - Throws: `invalid_request` when `name` has a value more than once.
    func value(_ name: String) throws(OAuthError) -> String? {
        let values = items.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
        guard values.count <= 1 else { throw .invalidRequest("\(name) must not be sent more than once") }
        return values.first
    }

    /// The value of `name`, which must be present.
    ///
    /// - Throws: `invalid_request` naming the missing or repeated parameter.
    func required(_ name: String) throws(OAuthError) -> String {
        guard let value = try value(name) else { throw .invalidRequest("\(name) is required") }
        return value
    }

    /// Whether `name` was sent with a value.
    func has(_ name: String) -> Bool {
        items.contains { $0.name == name && !$0.value.isEmpty }
    }
}
