/// The spellings of ``AuditEntry/actor``: on whose behalf a client made a request.
package enum AuditActor {
    /// A person signed in through the consent page: `user:<username>`.
    package static func user(_ username: String) -> String {
        "user:\(username)"
    }

    /// A patient using a patient-facing app: `patient:<id>`.
    package static func patient(_ id: String) -> String {
        "patient:\(id)"
    }

    /// A backend service acting for itself: `system:<client id>`.
    package static func system(client clientID: String) -> String {
        "system:\(clientID)"
    }

    /// The kind and name of an actor string, such as `("user", "jdoe")`; nil for a string
    /// without a `:`.
    package static func parse(_ actor: String) -> (kind: String, name: String)? {
        guard let colon = actor.firstIndex(of: ":") else { return nil }
        return (String(actor[..<colon]), String(actor[actor.index(after: colon)...]))
    }
}
