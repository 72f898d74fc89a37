package import SandboxHTTP

/// What a deprecation means for one request.
///
/// ```swift
/// switch registry.evaluate(facts, parameters: names, scopes: [], model: nil, now: clock.now) {
/// case .none: return handler(request)
/// case .announced(_, let headers): // add each header to the handler's answer
/// case .sunset(_, _, let response): return response
/// }
/// ```
package enum DeprecationDecision: Sendable {
    /// Nothing applies.
    case none
    /// The request works, and its answer should carry these headers: `Deprecation`, and
    /// `Sunset` and `Link` when known.
    case announced(entryID: String, headers: HTTPHeaders)
    /// The subject is past its sunset, and this is the answer instead of the real one: an
    /// endpoint gets 410, a parameter 400, a scope an OAuth 400 `invalid_scope` (for the token
    /// endpoint), a model a 404 `not_found_error`, each in the request's family format.
    case sunset(entryID: String, kind: String, response: HTTPResponse)

    /// The id of the entry that decided, if any.
    package var entryID: String? {
        switch self {
        case .none: nil
        case .announced(let id, _), .sunset(let id, _, _): id
        }
    }
}
