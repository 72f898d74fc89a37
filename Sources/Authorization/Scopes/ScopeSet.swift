/// The scopes of one request, registration or grant, in the order they were given.
///
/// Two sets are equal when they hold the same scopes, whatever their order; ``description``
/// keeps the order, which is what a token response echoes.
package struct ScopeSet: Sendable, Hashable, CustomStringConvertible {
    /// The scopes, first occurrence of each, in the order given.
    package private(set) var scopes: [Scope]

    /// A set of `scopes`, dropping repeats after the first.
    package init(_ scopes: [Scope]) {
        var seen: Set<Scope> = []
        self.scopes = scopes.filter { seen.insert($0).inserted }
    }

    /// Parses a space-separated scope string, setting aside the texts the grammar does not accept.
    ///
    /// Runs of spaces count as one; an empty string gives an empty set.
    /// - Returns: the accepted scopes, and the malformed texts in the order they appeared.
    package static func parse(_ spaceSeparated: String) -> (scopes: ScopeSet, malformed: [String]) {
        var scopes: [Scope] = []
        var malformed: [String] = []
        for text in spaceSeparated.split(separator: " ") {
            do {
                scopes.append(try Scope(parsing: String(text)))
            } catch {
                malformed.append(String(text))
            }
        }
        return (ScopeSet(scopes), malformed)
    }

    /// Whether the set holds no scope.
    package var isEmpty: Bool { scopes.isEmpty }

    /// The scopes separated by single spaces, in order.
    package var description: String {
        scopes.map(\.description).joined(separator: " ")
    }

    /// Whether some scope here is exactly `kind` (such as `.offlineAccess` or `.openid`).
    package func contains(_ kind: Scope.Kind) -> Bool {
        scopes.contains { $0.kind == kind }
    }

    package static func == (lhs: ScopeSet, rhs: ScopeSet) -> Bool {
        Set(lhs.scopes) == Set(rhs.scopes)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(Set(scopes))
    }
}
