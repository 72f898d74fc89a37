import SandboxHTTP

/// The parameters of an OAuth request, from a form body or a query string.
///
/// RFC 6749 §3.1 treats a parameter sent without a value as omitted and forbids sending one
/// twice; ``value(_:)`` reads a value by the first rule, and ``checkShape()`` enforces the
/// second, counting a valueless repeat too, along with the length limits.
struct OAuthParameters: Sendable {
    /// The longest value most parameters may have, in characters: room for a generous `state`.
    static let defaultMaximumLength = 8_192
    /// Parameters allowed longer (a JWT assertion) or judged by their own rule (`scope`, whose
    /// limits ``ScopeGrant`` applies so that breaking them is `invalid_scope`).
    static let maximumLengths = ["client_assertion": 16_384, "scope": Int.max]
    /// Parameters that may be sent more than once: RFC 8707 allows several `resource` values.
    static let repeatable: Set<String> = ["resource"]

    /// Every pair in order, decoded, empty values included.
    let items: [(name: String, value: String)]

    init(_ items: [(name: String, value: String)]) {
        self.items = items
    }

    /// The form body of a request, which must be `application/x-www-form-urlencoded`.
    ///
    /// - Throws: `invalid_request` for another media type, a malformed body, a repeated
    ///   parameter or an overlong value.
    static func formBody(of request: HTTPRequest) throws(OAuthError) -> OAuthParameters {
        guard request.mediaType == "application/x-www-form-urlencoded" else {
            throw .invalidRequest("the body must be application/x-www-form-urlencoded")
        }
        guard let items = request.formItems() else {
            throw .invalidRequest("the form body is not valid UTF-8 percent-encoding")
        }
        let parameters = OAuthParameters(items)
        try parameters.checkShape()
        return parameters
    }

    /// The query of a `GET` request, or the form body of a `POST`.
    ///
    /// - Throws: As ``formBody(of:)``.
    static func of(_ request: HTTPRequest) throws(OAuthError) -> OAuthParameters {
        guard request.method == "GET" || request.method == "HEAD" else { return try formBody(of: request) }
        guard let items = request.queryItems() else {
            throw .invalidRequest("the query string has a malformed percent-encoding")
        }
        let parameters = OAuthParameters(items)
        try parameters.checkShape()
        return parameters
    }

    /// Refuses a parameter sent twice (with or without a value) and a value over its length limit.
    ///
    /// - Throws: `invalid_request` naming the parameter.
    func checkShape() throws(OAuthError) {
        var seen: Set<String> = []
        for item in items {
            guard seen.insert(item.name).inserted || Self.repeatable.contains(item.name) else {
                throw .invalidRequest("\(item.name) must not be sent more than once")
            }
            let limit = Self.maximumLengths[item.name] ?? Self.defaultMaximumLength
            guard item.value.count <= limit else {
                throw .invalidRequest("\(item.name) is longer than \(limit) characters")
            }
        }
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
