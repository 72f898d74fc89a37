/// What a route captured from a request path.
///
/// Values are the raw path segments, still percent-encoded; decode each exactly once with
/// ``HTTPRequest/percentDecode(_:plusAsSpace:)`` where the meaning calls for it.
package struct RouteMatch: Sendable {
    /// The pattern that matched, as registered, for example `/fhir/r4/:type/:id`.
    package let pattern: String
    /// The `:name` captures in pattern order.
    package let parameters: [(name: String, value: String)]
    /// What `*` matched, segments joined by `/`; nil when the pattern has no `*`.
    package let rest: String?

    /// The raw segment captured by `:name`.
    package subscript(name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }
}
