import SandboxCrypto
import SandboxSupport
import Synchronization

/// Consent sessions and EHR launch contexts.
extension TokenStore {
    /// What a session id leads to.
    enum SessionLookup: Sendable {
        case unknown
        /// The session's time ran out; the client still gets an answer at its redirect URI.
        case expired(AuthorizeSession)
        case active(AuthorizeSession)
    }

    /// Opens a consent session for `pending`; it lives ``TokenLifetimes/authorizeSession``.
    func makeSession(for pending: PendingAuthorization) -> AuthorizeSession {
        let now = clock.now
        let session = AuthorizeSession(
            id: SecureRandom.token(byteCount: 24),
            csrfToken: SecureRandom.token(byteCount: 24),
            pending: pending,
            expiresAt: now + lifetimes.authorizeSession * 1000
        )
        state.withLock { state in
            state.sessions[session.id] = session
            pruneIfDue(now: now, in: &state)
        }
        return session
    }

    /// The session with `id`, and whether it is still open.
    func session(id: String) -> SessionLookup {
        let now = clock.now
        return state.withLock { state in
            guard let session = state.sessions[id] else { return .unknown }
            return now < session.expiresAt ? .active(session) : .expired(session)
        }
    }

    /// Closes a session; returns false when it was already closed, so a double submit acts once.
    func endSession(id: String) -> Bool {
        state.withLock { $0.sessions.removeValue(forKey: id) != nil }
    }

    /// Records an EHR launch context and returns the `launch` value that names it.
    package func createLaunch(_ context: LaunchContext) -> String {
        let id = SecureRandom.token(byteCount: 16)
        state.withLock { $0.launches[id] = context }
        return id
    }

    /// The launch context named `id`, if any.
    package func launch(id: String) -> LaunchContext? {
        state.withLock { $0.launches[id] }
    }
}
