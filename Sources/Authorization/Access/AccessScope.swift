/// How far an allowed interaction reaches: which compartment, and which search criteria bound it.
package struct AccessScope: Sendable, Hashable {
    /// The resources an allowed interaction may touch.
    package enum Compartment: Sendable, Hashable {
        /// Every resource of the type.
        case unrestricted
        /// Only the resources in this patient's compartment (the patient's FHIR id).
        case patient(String)
    }

    /// Which resources the interaction may touch.
    package var compartment: Compartment
    /// Alternative constraints, any one of which a resource must meet; empty means no constraint.
    ///
    /// Each ``ScopeConstraint`` is a list of search criteria that must all match. The FHIR layer
    /// applies them as extra search criteria, and checks a read resource against them.
    package var constraints: [ScopeConstraint]

    package init(compartment: Compartment, constraints: [ScopeConstraint] = []) {
        self.compartment = compartment
        self.constraints = constraints
    }

    /// Every resource of the type, with no constraint.
    package static let unrestricted = AccessScope(compartment: .unrestricted)
}
