import Testing

@testable import Authorization

@Suite struct ScopeGrammarTests {
    /// A resource scope's kind, spelled briefly.
    static func resource(
        _ context: Scope.Context,
        _ type: String,
        _ permissions: Permissions,
        _ syntax: Scope.Syntax,
        _ constraint: [(String, String)] = []
    ) -> Scope.Kind {
        let parameters = constraint.map { ScopeConstraint.Parameter(name: $0.0, value: $0.1) }
        return .resource(
            context: context,
            type: type,
            permissions: permissions,
            constraint: ScopeConstraint(parameters),
            syntax: syntax
        )
    }

    static let vitalSigns = "http://terminology.hl7.org/CodeSystem/observation-category|vital-signs"

    static let wellFormed: [(text: String, kind: Scope.Kind)] = [
        ("patient/Observation.read", resource(.patient, "Observation", [.read, .search], .v1)),
        ("user/Appointment.write", resource(.user, "Appointment", [.create, .update, .delete], .v1)),
        ("system/Patient.*", resource(.system, "Patient", .all, .v1)),
        ("patient/*.read", resource(.patient, "*", [.read, .search], .v1)),
        ("user/Patient.rs", resource(.user, "Patient", [.read, .search], .v2)),
        ("user/Patient.cud", resource(.user, "Patient", [.create, .update, .delete], .v2)),
        ("patient/*.cruds", resource(.patient, "*", .all, .v2)),
        ("system/Encounter.s", resource(.system, "Encounter", .search, .v2)),
        ("system/Encounter.r", resource(.system, "Encounter", .read, .v2)),
        ("user/Condition.cd", resource(.user, "Condition", [.create, .delete], .v2)),
        ("user/Widget.rs", resource(.user, "Widget", [.read, .search], .v2)),
        (
            "patient/Observation.rs?category=\(vitalSigns)",
            resource(.patient, "Observation", [.read, .search], .v2, [("category", vitalSigns)])
        ),
        (
            "user/Observation.s?category=laboratory&code=http://loinc.org|2345-7",
            resource(
                .user,
                "Observation",
                .search,
                .v2,
                [("category", "laboratory"), ("code", "http://loinc.org|2345-7")]
            )
        ),
        ("launch", .launch),
        ("launch/patient", .launchContext("patient")),
        ("launch/encounter", .launchContext("encounter")),
        (
            "launch/questionnaire?role=https://example.org/role/new",
            .launchContext("questionnaire?role=https://example.org/role/new")
        ),
        ("openid", .openid),
        ("fhirUser", .fhirUser),
        ("profile", .profile),
        ("offline_access", .offlineAccess),
        ("online_access", .onlineAccess),
        ("athena/service/Athenanet.MDP.*", .athenaService("Athenanet.MDP.*")),
        ("athena/service/Other.Service", .athenaService("Other.Service")),
    ]

    @Test("well-formed scopes parse to what they grant", arguments: wellFormed)
    func parsesWellFormedScope(text: String, kind: Scope.Kind) throws {
        let scope = try Scope(parsing: text)

        #expect(scope.kind == kind)
    }

    @Test("a scope's canonical text is the text the client sent", arguments: wellFormed.map(\.text))
    func describesScopeAsWritten(text: String) throws {
        let scope = try Scope(parsing: text)

        #expect(scope.description == text)
        #expect(try Scope(parsing: scope.description) == scope)
    }

    @Test("v1 and v2 spellings of the same grant stay distinct scopes")
    func keepsSyntaxApart() throws {
        let v1 = try Scope(parsing: "user/Patient.read")
        let v2 = try Scope(parsing: "user/Patient.rs")

        #expect(v1 != v2)
        #expect(v1.description == "user/Patient.read")
        #expect(v2.description == "user/Patient.rs")
    }

    @Test("a constraint value is percent-decoded once and re-encoded only where the grammar needs it")
    func decodesConstraintValueOnce() throws {
        let scope = try Scope(parsing: "user/Observation.rs?code=http%3A%2F%2Floinc.org%7C1%252B1&note=a%26b%3Dc")

        #expect(
            scope.kind
                == Self.resource(
                    .user,
                    "Observation",
                    [.read, .search],
                    .v2,
                    [("code", "http://loinc.org|1%2B1"), ("note", "a&b=c")]
                )
        )
        #expect(scope.description == "user/Observation.rs?code=http://loinc.org|1%252B1&note=a%26b%3Dc")
        #expect(try Scope(parsing: scope.description) == scope)
    }

    @Test("non-ASCII constraint values round-trip through percent-encoding")
    func encodesNonASCIIValues() throws {
        let scope = try Scope(parsing: "patient/Observation.rs?category=caf%C3%A9")

        #expect(scope.description == "patient/Observation.rs?category=caf%C3%A9")
        #expect(scope.kind == Self.resource(.patient, "Observation", [.read, .search], .v2, [("category", "café")]))
    }
}
