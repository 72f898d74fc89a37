import Testing

@testable import Authorization

@Suite struct AccessPolicyTests {
    static let patientID = "a-195900.E-60178"
    static let withPatient = TokenContext(patientID: patientID, clientID: "app")
    static let withoutPatient = TokenContext(userID: "Practitioner/a-195900.Provider-7", clientID: "app")

    static func decide(
        _ interaction: Interaction,
        _ type: String,
        _ scopes: String,
        _ context: TokenContext
    ) -> AccessDecision {
        let (parsed, malformed) = ScopeSet.parse(scopes)
        precondition(malformed.isEmpty, "test scope text is malformed: \(malformed)")
        return AccessPolicy.decide(interaction, on: type, scopes: parsed, context: context)
    }

    static func constraint(_ name: String, _ value: String) -> ScopeConstraint {
        ScopeConstraint([.init(name: name, value: value)])
    }

    @Test("a patient scope reaches nothing without a patient in context")
    func patientScopeNeedsPatient() {
        let decision = Self.decide(.read, "Observation", "patient/Observation.read", Self.withoutPatient)

        #expect(decision == .denied(requiredScope: "user/Observation.read"))
    }

    @Test("an unrestricted grant beats a patient-compartment grant, even a constrained one")
    func unrestrictedBeatsCompartment() {
        let scopes = "patient/Observation.read user/Observation.rs?category=laboratory"

        let decision = Self.decide(.search, "Observation", scopes, Self.withPatient)

        let expected = AccessScope(compartment: .unrestricted, constraints: [Self.constraint("category", "laboratory")])
        #expect(decision == .allowed(expected))
    }

    @Test("an unconstrained scope beats constrained ones")
    func unconstrainedBeatsConstrained() {
        let scopes = "user/Observation.rs?category=laboratory user/*.read user/Observation.s?category=vital-signs"

        #expect(Self.decide(.search, "Observation", scopes, Self.withoutPatient) == .allowed(.unrestricted))
    }

    @Test("constraints of several allowing scopes are alternatives, each listed once")
    func constraintsAreAlternatives() {
        let scopes =
            "patient/Observation.rs?category=laboratory patient/Observation.s?category=vital-signs "
            + "patient/Observation.r?category=social-history patient/Observation.s?category=laboratory"

        let decision = Self.decide(.search, "Observation", scopes, Self.withPatient)

        let expected = AccessScope(
            compartment: .patient(Self.patientID),
            constraints: [Self.constraint("category", "laboratory"), Self.constraint("category", "vital-signs")]
        )
        #expect(decision == .allowed(expected))
    }

    @Test("v1 write allows create, update and delete but not read")
    func v1WriteAllowsChanges() {
        for interaction in [Interaction.create, .update, .delete] {
            #expect(
                Self.decide(interaction, "Condition", "user/Condition.write", Self.withoutPatient)
                    == .allowed(.unrestricted)
            )
        }
        #expect(
            Self.decide(.read, "Condition", "user/Condition.write", Self.withoutPatient)
                == .denied(requiredScope: "user/Condition.read")
        )
    }

    @Test("a denial names the scope in the context the token mostly works in")
    func denialContext() {
        #expect(
            Self.decide(.update, "Encounter", "patient/Encounter.read", Self.withPatient)
                == .denied(requiredScope: "patient/Encounter.write")
        )
        #expect(
            Self.decide(.delete, "Encounter", "system/Patient.read user/Encounter.read", Self.withoutPatient)
                == .denied(requiredScope: "system/Encounter.write")
        )
        #expect(
            Self.decide(.search, "Slot", "user/Patient.read", Self.withoutPatient)
                == .denied(requiredScope: "user/Slot.read")
        )
        #expect(
            Self.decide(.read, "Slot", "", TokenContext(clientID: "app")) == .denied(requiredScope: "user/Slot.read")
        )
    }

    @Test("identity, launch and athena service scopes allow no FHIR interaction")
    func nonResourceScopesAllowNothing() {
        let scopes = "openid fhirUser profile launch launch/patient offline_access athena/service/Athenanet.MDP.*"

        #expect(
            Self.decide(.read, "Patient", scopes, Self.withPatient) == .denied(requiredScope: "patient/Patient.read")
        )
    }

    @Test("a wildcard scope reaches a type the sandbox does not serve as well")
    func wildcardMatchesAnyType() {
        #expect(Self.decide(.read, "Slot", "system/*.rs", TokenContext(clientID: "svc")) == .allowed(.unrestricted))
    }
}
