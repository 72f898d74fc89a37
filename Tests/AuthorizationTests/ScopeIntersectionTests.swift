import Testing

@testable import Authorization

@Suite struct ScopeIntersectionTests {
    static func scopes(_ text: String) -> ScopeSet {
        let (scopes, malformed) = ScopeSet.parse(text)
        precondition(malformed.isEmpty, "test scope text is malformed: \(malformed)")
        return scopes
    }

    static let cases: [(requested: String, limit: String, granted: String)] = [
        ("user/Patient.read", "user/Patient.read", "user/Patient.read"),
        ("user/Patient.*", "user/Patient.read", "user/Patient.read"),
        ("user/Patient.*", "user/Patient.rs", "user/Patient.read"),
        ("user/Patient.*", "user/Patient.cud", "user/Patient.write"),
        ("user/Patient.rs", "user/Patient.read", "user/Patient.rs"),
        ("user/Patient.cruds", "user/Patient.*", "user/Patient.cruds"),
        ("user/Patient.*", "user/Patient.cr", "user/Patient.cr"),
        ("user/Patient.read", "user/Patient.r", "user/Patient.r"),
        ("user/Patient.write", "user/Patient.read", ""),
        ("user/*.read", "user/Patient.read user/Observation.rs", "user/Patient.read user/Observation.read"),
        ("user/Patient.read", "user/*.*", "user/Patient.read"),
        ("user/*.rs", "user/*.r", "user/*.r"),
        ("user/Patient.read", "patient/Patient.read system/Patient.read", ""),
        ("user/Patient.read", "user/Observation.read", ""),
        (
            "patient/Observation.rs?category=laboratory", "patient/Observation.read",
            "patient/Observation.rs?category=laboratory"
        ),
        (
            "patient/Observation.read", "patient/Observation.rs?category=laboratory",
            "patient/Observation.rs?category=laboratory"
        ),
        ("patient/Observation.rs?category=laboratory", "patient/Observation.rs?category=vital-signs", ""),
        (
            "patient/Observation.rs?category=laboratory", "patient/*.r?code=x",
            "patient/Observation.r?category=laboratory&code=x"
        ),
        (
            "patient/Observation.rs?category=laboratory", "patient/Observation.s?category=laboratory",
            "patient/Observation.s?category=laboratory"
        ),
        (
            "openid fhirUser launch/patient offline_access athena/service/Athenanet.MDP.*",
            "openid launch athena/service/Athenanet.MDP.* online_access",
            "openid athena/service/Athenanet.MDP.*"
        ),
        ("athena/service/Other.Service launch/patient", "athena/service/Athenanet.MDP.* launch/encounter", ""),
        ("user/Patient.read user/Patient.*", "user/Patient.read", "user/Patient.read"),
        (
            "user/Observation.read user/Patient.read", "user/Patient.read user/Observation.read",
            "user/Observation.read user/Patient.read"
        ),
        ("user/Patient.read", "", ""),
    ]

    @Test("the intersection grants what both allow, in the requested order and syntax", arguments: cases)
    func intersects(requested: String, limit: String, granted: String) {
        let result = Self.scopes(requested).intersection(Self.scopes(limit))

        #expect(result.description == granted)
    }

    @Test("a down-scoped grant lists exactly the requested scopes the client's policy allows")
    func downScopesToPolicy() {
        let (requested, malformed) = ScopeSet.parse(
            "openid fhirUser offline_access user/Patient.read user/Appointment.read user/Appointment.create "
                + "user/Schedule.read user/Slot.read"
        )
        let policy = Self.scopes("openid fhirUser offline_access user/Patient.read user/Appointment.read")

        let granted = requested.intersection(policy)

        // `create` is neither a SMART v1 word nor a v2 letter string, so it is set aside, not granted.
        #expect(malformed == ["user/Appointment.create"])
        #expect(granted.description == "openid fhirUser offline_access user/Patient.read user/Appointment.read")
        #expect(granted == policy)
    }

    @Test("a read-only policy drops create and the types it does not list")
    func downScopesToReadOnlyTypes() {
        let requested = Self.scopes("openid user/Patient.read user/Appointment.* user/Appointment.c user/Slot.read")
        let policy = Self.scopes("openid user/Patient.rs user/Appointment.rs")

        #expect(requested.intersection(policy).description == "openid user/Patient.read user/Appointment.read")
    }

    @Test("uncovered lists the requested scopes of which nothing is registered")
    func listsUncoveredScopes() {
        let requested = Self.scopes("openid user/Patient.write user/Observation.read user/Slot.read launch fhirUser")
        let registered = Self.scopes("openid fhirUser user/Patient.read user/Observation.r")

        let uncovered = requested.uncovered(by: registered)

        #expect(uncovered.map(\.description) == ["user/Patient.write", "user/Slot.read", "launch"])
    }

    @Test("nothing is uncovered when every scope is at least partly registered")
    func coversPartlyRegisteredScopes() {
        let requested = Self.scopes("patient/*.cruds patient/Observation.rs?category=laboratory offline_access")
        let registered = Self.scopes("patient/Patient.read patient/Observation.s offline_access")

        #expect(requested.uncovered(by: registered).isEmpty)
    }

    @Test("an empty registration covers nothing")
    func emptyRegistrationCoversNothing() {
        let requested = Self.scopes("openid user/Patient.read")

        #expect(requested.uncovered(by: ScopeSet([])).map(\.description) == ["openid", "user/Patient.read"])
    }
}
