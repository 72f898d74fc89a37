import Testing

@testable import Authorization

/// Every resource type athenaOne serves, against every scope form and token context, with the
/// expected decision worked out from the small tables below rather than by the policy itself.
@Suite struct AccessMatrixTests {
    static let resourceTypes = [
        "AllergyIntolerance", "CarePlan", "CareTeam", "Condition", "Coverage", "Device", "DiagnosticReport",
        "DocumentReference", "Encounter", "Goal", "Immunization", "Location", "Medication", "MedicationRequest",
        "Observation", "Organization", "Patient", "Practitioner", "Procedure", "Provenance", "ServiceRequest",
        "QuestionnaireResponse",
    ]
    static let patientID = "a-195900.E-60178"
    static let category = "http://terminology.hl7.org/CodeSystem/observation-category|vital-signs"

    /// How a token's scope is written.
    enum Form: String, CaseIterable, Sendable {
        case v1Read, v1All, v2ReadSearch, v2ReadOnly, v2All, wildcardRead, granular

        func scope(context: String, type: String) -> String {
            switch self {
            case .v1Read: "\(context)/\(type).read"
            case .v1All: "\(context)/\(type).*"
            case .v2ReadSearch: "\(context)/\(type).rs"
            case .v2ReadOnly: "\(context)/\(type).r"
            case .v2All: "\(context)/\(type).cruds"
            case .wildcardRead: "\(context)/*.read"
            case .granular: "\(context)/\(type).rs?category=\(AccessMatrixTests.category)"
            }
        }

        /// The interactions this form allows.
        var allowed: Set<String> {
            switch self {
            case .v1Read, .v2ReadSearch, .wildcardRead, .granular: ["read", "search"]
            case .v2ReadOnly: ["read"]
            case .v1All, .v2All: ["read", "search", "create"]
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var type: String
        var interaction: Interaction
        var form: Form
        var context: String

        var testDescription: String { "\(interaction) \(type) with \(form.scope(context: context, type: type))" }
    }

    static let cases: [Case] = resourceTypes.flatMap { type in
        [Interaction.read, .search, .create].flatMap { interaction in
            Form.allCases.flatMap { form in
                ["patient", "user", "system"].map {
                    Case(type: type, interaction: interaction, form: form, context: $0)
                }
            }
        }
    }

    static let letters: [Interaction: String] = [.read: "r", .search: "s", .create: "c"]

    static func token(for context: String) -> TokenContext {
        switch context {
        case "patient": TokenContext(patientID: patientID, clientID: "matrix-app")
        case "user": TokenContext(userID: "Practitioner/a-195900.Provider-7", clientID: "matrix-app")
        default: TokenContext(clientID: "matrix-service")
        }
    }

    static func expectedDecision(for testCase: Case) -> AccessDecision {
        guard testCase.form.allowed.contains(testCase.interaction.rawValue) else {
            let word = ["read", "search"].contains(testCase.interaction.rawValue) ? "read" : "write"
            return .denied(requiredScope: "\(testCase.context)/\(testCase.type).\(word)")
        }
        let compartment: AccessScope.Compartment = testCase.context == "patient" ? .patient(patientID) : .unrestricted
        let constraints =
            testCase.form == .granular
            ? [ScopeConstraint([.init(name: "category", value: category)])] : []
        return .allowed(AccessScope(compartment: compartment, constraints: constraints))
    }

    @Test("each scope form allows exactly its interactions in its context", arguments: cases)
    func decides(testCase: Case) throws {
        let text = testCase.form.scope(context: testCase.context, type: testCase.type)
        let scopes = ScopeSet([try Scope(parsing: text)])

        let decision = AccessPolicy.decide(
            testCase.interaction,
            on: testCase.type,
            scopes: scopes,
            context: Self.token(for: testCase.context)
        )

        #expect(decision == Self.expectedDecision(for: testCase))
    }

    @Test("a scope for one type allows nothing on another", arguments: resourceTypes)
    func confinesScopeToItsType(type: String) throws {
        let other = type == "Patient" ? "Observation" : "Patient"
        let scopes = ScopeSet([try Scope(parsing: "user/\(other).cruds")])

        let decision = AccessPolicy.decide(.read, on: type, scopes: scopes, context: Self.token(for: "user"))

        #expect(decision == .denied(requiredScope: "user/\(type).read"))
    }
}
