import Testing

@testable import Authorization

@Suite struct ScopeMalformedTests {
    static let unknown = [
        "", "email", "launch/", "athena/service/", "athena/Athenanet.MDP.*", "Patient/Observation.read",
        "practitioner/Observation.read", "patient/Observation", "patient", "patient/", "OPENID",
        "offline-access",
    ]
    static let badTypes = [
        "patient/observation.read", "patient/.read", "patient/O.read", "patient/Obs-ervation.rs",
        "patient/Observation2.rs", "patient/**.read", "user/Patient/Observation.read",
    ]
    static let badPermissions = [
        "patient/Observation.", "patient/Observation.sr", "patient/Observation.rr", "patient/Observation.rsc",
        "patient/Observation.x", "patient/Observation.READ", "patient/Observation.read,write",
        "patient/Observation.cruds*", "patient/Observation.$everything", "user/Patient.read extra",
    ]
    static let badConstraints = [
        "patient/Observation.read?category=laboratory", "patient/Observation.*?category=laboratory",
        "patient/Observation.rs?", "patient/Observation.rs?category", "patient/Observation.rs?category=",
        "patient/Observation.rs?=laboratory", "patient/Observation.rs?category=a&", "patient/Observation.rs?a=b&&c=d",
        "patient/Observation.rs?category=%7", "patient/Observation.rs?category=%zz",
        "patient/Observation.rs?category=%FF",
        "patient/Observation.rs?cate gory=x",
    ]

    @Test("text of no known form is reported as an unknown scope", arguments: unknown)
    func rejectsUnknownForm(text: String) {
        #expect(throws: ScopeError.unknown(text)) { try Scope(parsing: text) }
    }

    @Test("a resource type that is not a FHIR type name or '*' is reported", arguments: badTypes)
    func rejectsBadResourceType(text: String) {
        #expect(throws: ScopeError.resourceType(text)) { try Scope(parsing: text) }
    }

    @Test("permissions other than a v1 word or an ordered subset of cruds are reported", arguments: badPermissions)
    func rejectsBadPermissions(text: String) {
        #expect(throws: ScopeError.permissions(text)) { try Scope(parsing: text) }
    }

    @Test("broken constraints, and constraints on v1 permissions, are reported", arguments: badConstraints)
    func rejectsBadConstraint(text: String) {
        #expect(throws: ScopeError.constraint(text)) { try Scope(parsing: text) }
    }

    @Test("a malformed scope's error names its text")
    func errorNamesText() {
        let error = ScopeError.permissions("user/Patient.sr")

        #expect(error.text == "user/Patient.sr")
        #expect(error.description.contains("'user/Patient.sr'"))
    }
}
