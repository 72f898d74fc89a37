import Testing

@testable import Authorization

@Suite struct ScopeSetTests {
    @Test("parsing keeps well-formed scopes in order and sets malformed texts aside")
    func parsesSpaceSeparatedScopes() {
        let (scopes, malformed) = ScopeSet.parse("openid  patient/Observation.sr launch/patient bogus user/Patient.rs")

        #expect(scopes.description == "openid launch/patient user/Patient.rs")
        #expect(malformed == ["patient/Observation.sr", "bogus"])
    }

    @Test("an empty scope string gives an empty set")
    func parsesEmptyString() {
        let (scopes, malformed) = ScopeSet.parse("   ")

        #expect(scopes.isEmpty)
        #expect(malformed.isEmpty)
        #expect(scopes.description == "")
    }

    @Test("a repeated scope is kept once, at its first place")
    func dropsRepeats() {
        let (scopes, _) = ScopeSet.parse("user/Patient.read openid user/Patient.read openid")

        #expect(scopes.description == "user/Patient.read openid")
        #expect(scopes.scopes.count == 2)
    }

    @Test("sets with the same scopes in another order are equal")
    func comparesIgnoringOrder() {
        let first = ScopeSet.parse("openid user/Patient.read").scopes
        let second = ScopeSet.parse("user/Patient.read openid").scopes
        let third = ScopeSet.parse("user/Patient.rs openid").scopes

        #expect(first == second)
        #expect(Set([first, second]).count == 1)
        #expect(first != third)
    }

    @Test("contains finds a scope by exactly what it grants")
    func containsKind() {
        let (scopes, _) = ScopeSet.parse("openid offline_access launch/patient athena/service/Athenanet.MDP.*")

        #expect(scopes.contains(.openid))
        #expect(scopes.contains(.offlineAccess))
        #expect(scopes.contains(.launchContext("patient")))
        #expect(scopes.contains(.athenaService("Athenanet.MDP.*")))
        #expect(!scopes.contains(.onlineAccess))
        #expect(!scopes.contains(.launch))
        #expect(!scopes.contains(.fhirUser))
    }

    @Test(
        "wildcards, cruds, granular and launch-role scopes all parse",
        arguments: [
            "openid offline_access fhirUser user/Patient.* user/Binary.* user/Encounter.read",
            "user/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory",
            "launch/questionnaire?role=https://example.org/role/new",
            "patient/*.cruds",
        ]
    )
    func parsesMixedScopeStrings(text: String) {
        let (scopes, malformed) = ScopeSet.parse(text)

        #expect(malformed.isEmpty)
        #expect(scopes.description == text)
        #expect(scopes.scopes.count == text.split(separator: " ").count)
    }

    @Test("a mixed request parses to the grants it names")
    func parsesMixedRequestKinds() throws {
        let (scopes, _) = ScopeSet.parse(
            "openid offline_access fhirUser user/Patient.* user/Binary.* user/Encounter.read"
        )
        let resources = scopes.scopes.compactMap(\.resourceParts)

        #expect(scopes.contains(.openid) && scopes.contains(.offlineAccess) && scopes.contains(.fhirUser))
        #expect(resources.map(\.type) == ["Patient", "Binary", "Encounter"])
        #expect(resources.map(\.permissions) == [.all, .all, [.read, .search]])
        #expect(resources.allSatisfy { $0.context == .user && $0.syntax == .v1 })

        let granular = try #require(
            ScopeSet.parse(
                "user/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory"
            ).scopes.scopes.first?.resourceParts
        )
        #expect(
            granular.constraint.parameters == [
                .init(name: "category", value: "http://terminology.hl7.org/CodeSystem/observation-category|laboratory")
            ]
        )
    }
}
