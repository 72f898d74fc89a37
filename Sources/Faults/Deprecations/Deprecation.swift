/// One announced deprecation: what it is about, when it is announced and when it ends.
///
/// Between ``deprecation`` and ``sunset`` a matching request still works and its answer carries
/// `Deprecation`, `Sunset` and `Link` headers; from ``sunset`` on it is refused in the way that
/// suits the kind (see ``DeprecationDecision``).
package struct Deprecation: Sendable, Equatable {
    /// What is going away.
    package enum Subject: Sendable, Equatable {
        /// Requests with this method (any when nil) and path.
        case endpoint(method: String?, path: PathGlob)
        /// A search or query parameter, by its name without modifiers, on one resource type or any.
        case parameter(resourceType: String?, name: String)
        /// A scope a client requests at the token endpoint.
        case scope(String)
        /// A model id of the model endpoints.
        case model(String)

        /// The `kind` name of the JSON form.
        package var kind: String {
            switch self {
            case .endpoint: "endpoint"
            case .parameter: "parameter"
            case .scope: "scope"
            case .model: "model"
            }
        }
    }

    /// Where an entry stands at a given instant.
    package enum Phase: String, Sendable {
        /// The entry is switched off.
        case disabled
        /// Before the deprecation date: nothing shows yet.
        case scheduled
        /// Deprecated: answers carry the headers.
        case announced
        /// Past the sunset: requests are refused.
        case sunset
    }

    package var id: String
    package var description: String?
    package var subject: Subject
    /// When the deprecation takes effect, in milliseconds since 1970.
    package var deprecation: Int64
    /// When the subject stops working, if ever.
    package var sunset: Int64?
    /// What to use instead: a path, parameter, scope or model id.
    package var replacement: String?
    /// A page that explains the change.
    package var link: String?
    package var isEnabled: Bool

    package init(
        id: String,
        description: String? = nil,
        subject: Subject,
        deprecation: Int64,
        sunset: Int64? = nil,
        replacement: String? = nil,
        link: String? = nil,
        isEnabled: Bool = true
    ) {
        self.id = id
        self.description = description
        self.subject = subject
        self.deprecation = deprecation
        self.sunset = sunset
        self.replacement = replacement
        self.link = link
        self.isEnabled = isEnabled
    }

    /// Where the entry stands at `now`.
    package func phase(at now: Int64) -> Phase {
        guard isEnabled else { return .disabled }
        guard now >= deprecation else { return .scheduled }
        if let sunset, now >= sunset { return .sunset }
        return .announced
    }

    /// Whether the entry is about a request with these facts and contents.
    func applies(to facts: RequestFacts, parameters: [String], scopes: [String], model: String?) -> Bool {
        // The admin API is never deprecated, so no entry can lock out the call that removes it.
        guard facts.family != .admin else { return false }
        switch subject {
        case .endpoint(let method, let path):
            return (method.map { $0 == facts.method.uppercased() } ?? true) && path.matches(facts.path)
        case .parameter(let resourceType, let name):
            guard resourceType == nil || resourceType == facts.resourceType else { return false }
            return parameters.contains { $0.prefix { $0 != ":" } == name }
        case .scope(let scope):
            return scopes.contains(scope)
        case .model(let id):
            return model == id
        }
    }
}
