import Faults
import Testing

@Suite struct PathGlobTests {
    @Test(arguments: [
        ("/fhir/r4/Patient", "/fhir/r4/Patient", true),
        ("/fhir/r4/Patient", "/fhir/r4/Patient/1", false),
        ("/fhir/r4/*", "/fhir/r4/Patient", true),
        ("/fhir/r4/*", "/fhir/r4/Patient/1", false),
        ("/fhir/r4/*", "/fhir/r4", false),
        ("/fhir/r4/*/_search", "/fhir/r4/Observation/_search", true),
        ("/fhir/r4/**", "/fhir/r4", true),
        ("/fhir/r4/**", "/fhir/r4/Patient/1/_history/2", true),
        ("/fhir/r4/**", "/fhir/r5/Patient", false),
        ("/v1/*/chart/**/problems", "/v1/195900/chart/1001/problems", true),
        ("/v1/*/chart/**/problems", "/v1/195900/chart/problems", true),
        ("/v1/*/chart/**/problems", "/v1/195900/chart/1001/allergies", false),
        ("/**", "/", true),
        ("/fhir/r4/Patient/a%2Fb", "/fhir/r4/Patient/a%2Fb", true),
        ("/fhir/r4/Patient/*", "/fhir/r4/Patient/a%2Fb", true),
    ])
    func matchesSegmentBySegment(pattern: String, path: String, expected: Bool) throws {
        let glob = try #require(PathGlob(pattern))
        #expect(glob.matches(path) == expected)
    }

    @Test func aPatternMustStartWithASlash() {
        #expect(PathGlob("fhir/r4/**") == nil)
    }

    @Test func manyDoubleStarsMatchLongPathsAtOnce() throws {
        let glob = try #require(PathGlob(String(repeating: "/**", count: 12) + "/never"))
        let long = String(repeating: "/a", count: 200)
        #expect(!glob.matches(long))
        #expect(glob.matches(long + "/never"))
    }
}
