import SandboxHTTP
import SandboxSupport
import Synchronization

/// The deprecations the sandbox announces, and what each means for a request.
///
/// Entries are kept in order and can change at run time. With the `headers` profile, a
/// deprecated subject's answers carry `Deprecation`, `Sunset` and `Link` headers; with `silent`,
/// as athenaOne does, nothing shows before the sunset, and the refusal after it comes without
/// headers.
package final class DeprecationRegistry: Sendable {
    /// How deprecations show before their sunset.
    package enum Profile: String, Sendable, CaseIterable {
        case headers
        case silent
    }

    private struct State {
        var profile: Profile
        var entries: [Deprecation]
    }

    private let state: Mutex<State>

    package init(profile: Profile = .headers, entries: [Deprecation] = []) {
        state = Mutex(State(profile: profile, entries: entries))
    }

    package var profile: Profile {
        get { state.withLock { $0.profile } }
        set { state.withLock { $0.profile = newValue } }
    }

    /// Every entry, in order.
    package func list() -> [Deprecation] {
        state.withLock { $0.entries }
    }

    package func entry(id: String) -> Deprecation? {
        state.withLock { state in state.entries.first { $0.id == id } }
    }

    /// Adds `entry` at the end, or in place of the entry with the same id.
    ///
    /// - Returns: Whether an entry was replaced.
    @discardableResult
    package func add(_ entry: Deprecation) -> Bool {
        state.withLock { state in
            guard let index = state.entries.firstIndex(where: { $0.id == entry.id }) else {
                state.entries.append(entry)
                return false
            }
            state.entries[index] = entry
            return true
        }
    }

    /// Removes the entry with `id`; false when there is none.
    @discardableResult
    package func remove(id: String) -> Bool {
        state.withLock { state in
            guard let index = state.entries.firstIndex(where: { $0.id == id }) else { return false }
            state.entries.remove(at: index)
            return true
        }
    }

    package func removeAll() {
        state.withLock { $0.entries.removeAll() }
    }

    /// What the deprecations mean for a request.
    ///
    /// A sunset entry wins over an announced one; among several of the same phase, the first in
    /// order decides.
    ///
    /// - Parameters:
    ///   - facts: The request.
    ///   - parameters: The names of the request's query or form parameters, modifiers allowed
    ///     (`name:exact` counts as `name`).
    ///   - scopes: The scopes requested, at the token endpoint; empty elsewhere.
    ///   - model: The model id of a model request.
    ///   - now: The simulated instant.
    /// - Returns: What the first entry that applies means for the request.
    package func evaluate(
        _ facts: RequestFacts,
        parameters: [String],
        scopes: [String],
        model: String?,
        now: Int64
    ) -> DeprecationDecision {
        let (profile, entries) = state.withLock { ($0.profile, $0.entries) }
        let applicable = entries.filter { $0.applies(to: facts, parameters: parameters, scopes: scopes, model: model) }
        if let retired = applicable.first(where: { $0.phase(at: now) == .sunset }) {
            var response = DeprecationAnswers.refusal(for: retired, facts: facts)
            if profile == .headers {
                for field in DeprecationAnswers.headers(for: retired) {
                    response.headers.add(name: field.name, value: field.value)
                }
            }
            return .sunset(entryID: retired.id, kind: retired.subject.kind, response: response)
        }
        guard profile == .headers, let announced = applicable.first(where: { $0.phase(at: now) == .announced }) else {
            return .none
        }
        return .announced(entryID: announced.id, headers: DeprecationAnswers.headers(for: announced))
    }
}
