/// The search parameters a SMART v2 granular scope narrows its grant to, all of which must match.
///
/// `patient/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs`
/// grants only the Observations whose `category` matches that token; an empty constraint grants
/// every resource of the type.
package struct ScopeConstraint: Sendable, Hashable, CustomStringConvertible {
    /// One `name=value` pair, with the value percent-decoded.
    package struct Parameter: Sendable, Hashable {
        /// The search parameter's name, such as `category`.
        package var name: String
        /// The search parameter's value, such as `http://loinc.org|85354-9`.
        package var value: String

        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The pairs, in the order the scope gave them.
    package var parameters: [Parameter]

    package init(_ parameters: [Parameter] = []) {
        self.parameters = parameters
    }

    /// The constraint that narrows nothing.
    package static let none = ScopeConstraint()

    /// Whether this constraint narrows nothing.
    package var isEmpty: Bool { parameters.isEmpty }

    /// The query text without the `?`, percent-encoding only what would break the scope's grammar.
    package var description: String {
        parameters.map { "\($0.name)=\(ScopeQueryText.encode($0.value))" }.joined(separator: "&")
    }

    /// Both constraints at once, or `nil` when they demand different values of one parameter.
    func combined(with other: ScopeConstraint) -> ScopeConstraint? {
        var merged = parameters
        for parameter in other.parameters {
            let sameName = parameters.filter { $0.name == parameter.name }
            if sameName.isEmpty {
                merged.append(parameter)
            } else if !sameName.contains(parameter) {
                return nil
            }
        }
        return ScopeConstraint(merged)
    }
}
