import Athena
import SandboxHTTP
import SandboxSupport
import Testing

/// What a buggy integration meets: every answer is an OperationOutcome that names the problem.
@Suite struct FHIREdgeCaseTests {
    let practice: TestPractice
    let tenancy = TestPractice.practiceQuery

    init() throws {
        practice = try TestPractice()
    }

    private func diagnostics(_ response: HTTPResponse) -> String {
        response.json?["issue"]?[0]?["diagnostics"]?.stringValue ?? ""
    }

    @Test func longOrListsAndManyParametersAreTooCostlyNotServerErrors() {
        let values = (0..<101).map { "a\($0)" }.joined(separator: ",")
        let wide = practice.get("/fhir/r4/Patient?\(tenancy)&gender=male&family=\(values)")
        #expect(wide.status == 400)
        #expect(wide.json?["issue"]?[0]?["code"] == "too-costly")
        let many = (0..<51).map { _ in "family=a" }.joined(separator: "&")
        #expect(practice.get("/fhir/r4/Patient?\(tenancy)&gender=male&\(many)").status == 400)
        let fine = (0..<100).map { "a\($0)" }.joined(separator: ",")
        #expect(practice.get("/fhir/r4/Patient?\(tenancy)&gender=male&family=\(fine)").status == 200)
    }

    @Test func anyLargeCountIsCappedAndAModifiedCountIsNamed() {
        let huge = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count=99999999999999999999999")
        #expect(huge.status == 200)
        let modified = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count:exact=3")
        #expect(modified.status == 400)
        #expect(diagnostics(modified).contains("_count takes no modifier"))
        #expect(practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count=1.5").status == 400)
    }

    @Test func aHalfGivenCombinationSaysWhatIsMissing() {
        let response = practice.get("/fhir/r4/MedicationRequest?\(tenancy)&patient=a-1000.E-806")
        #expect(response.status == 400)
        #expect(diagnostics(response).contains("[patient, intent] lacks intent"))
    }

    @Test func anAbsolutePatientReferenceIsAccepted() throws {
        let target = "/fhir/r4/Observation?\(tenancy)&patient=http://sandbox.test/fhir/r4/Patient/a-1000.E-806"
        let response = practice.get(target)
        #expect(response.status == 200)
        #expect(try #require(response.json)["total"] == 5)
    }

    @Test func aWrongAhPracticeModifierIsNamed() {
        let response = practice.get("/fhir/r4/Observation?ah-practice:Patient=a-1.Practice-1000&patient=a-1000.E-806")
        #expect(response.status == 400)
        #expect(diagnostics(response).contains("':Patient'"))
    }

    @Test func aReadRefusesParametersItDoesNotTake() {
        let response = practice.get("/fhir/r4/Patient/a-1000.E-806?foo=bar")
        #expect(response.status == 400)
        #expect(diagnostics(response).contains("'foo'"))
        #expect(practice.get("/fhir/r4/Patient/a-1000.E-806?_format=json").status == 200)
    }

    @Test func jsonIsServedAndOtherFormatsAreRefused() {
        #expect(
            practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_format=application/fhir+json").status
                == 200
        )
        #expect(practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_format=xml").status == 406)
        let xml = practice.get(
            "/fhir/r4/metadata",
            headers: ["Host": "sandbox.test", "Accept": "application/fhir+xml"]
        )
        #expect(xml.status == 406)
        #expect(xml.json?["resourceType"] == "OperationOutcome")
        let json = practice.get("/fhir/r4/metadata", headers: ["Host": "sandbox.test", "Accept": "application/json"])
        #expect(json.status == 200)
        let mixed = practice.get(
            "/fhir/r4/metadata",
            headers: ["Host": "sandbox.test", "Accept": "text/html, */*;q=0.8"]
        )
        #expect(mixed.status == 200)
    }

    @Test func wrongMethodsOnMetadataAndSearchAreNamed() {
        let post = practice.send("POST", "/fhir/r4/metadata")
        #expect(post.status == 405)
        #expect(post.headers["Allow"] == "GET, HEAD")
        let getSearch = practice.get("/fhir/r4/Patient/_search")
        #expect(getSearch.status == 405)
        #expect(getSearch.headers["Allow"] == "POST")
    }

    @Test func aBrokenPercentEncodingNamesTheParameter() {
        let response = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&code=%zz")
        #expect(response.status == 400)
        #expect(diagnostics(response).contains("'code'"))
    }

    @Test func onlyHTTPAndHTTPSAreTakenFromAProxy() throws {
        let headers: HTTPHeaders = ["Host": "sandbox.test", "X-Forwarded-Proto": "javascript"]
        let response = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806", headers: headers)
        let link = try #require(response.json?["link"]?[0]?["url"]?.stringValue)
        #expect(link.hasPrefix("http://sandbox.test/"))
    }
}
