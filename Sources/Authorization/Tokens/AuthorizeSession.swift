/// A consent page waiting for a decision.
package struct AuthorizeSession: Sendable, Hashable {
    package var id: String
    /// The value the page's form must send back, so another site cannot post a decision.
    package var csrfToken: String
    package var pending: PendingAuthorization
    /// When the session lapses, in simulated milliseconds.
    package var expiresAt: Int64
}
