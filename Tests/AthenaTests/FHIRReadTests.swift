import Athena
import SandboxHTTP
import SandboxStore
import SandboxSupport
import Testing

@Suite struct FHIRReadTests {
    let practice: TestPractice

    init() throws {
        practice = try TestPractice()
    }

    @Test func aReadServesTheStoredBytesWithVersionHeaders() throws {
        let response = practice.get("/fhir/r4/Patient/a-1000.E-806")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/fhir+json; charset=utf-8")
        #expect(response.headers["ETag"] == "W/\"1\"")
        #expect(response.headers["Last-Modified"] == "Thu, 15 Jan 2026 14:00:00 GMT")
        let stored = try #require(try practice.store.read(type: "Patient", id: "a-1000.E-806"))
        #expect(response.body == stored.json)
        let resource = try #require(response.json)
        #expect(resource["meta"]?["lastUpdated"] == "2026-01-15T09:00:00.000-05:00")
        #expect(resource["extension"]?[0]?["valueReference"]?["reference"] == "Organization/a-1.Practice-1000")
    }

    @Test func idsAreCaseSensitive() {
        #expect(practice.get("/fhir/r4/Patient/A-1000.e-806").status == 404)
    }

    @Test(arguments: [
        "/fhir/r4/Observation/CV%3A111%3ASECT%3A222", "/fhir/r4/Patient/%2541bc", "/fhir/r4/Patient/pt_001",
    ])
    func anIllegalIdIsABadRequest(_ target: String) throws {
        let response = practice.get(target)
        #expect(response.status == 400)
        let outcome = try #require(response.json)
        #expect(outcome["resourceType"] == "OperationOutcome")
        #expect(outcome["issue"]?[0]?["code"] == "invalid")
    }

    @Test func writesAreNotOfferedButABadIdIsNamedFirst() {
        #expect(practice.send("PUT", "/fhir/r4/Patient/pt_001", body: "{}").status == 400)
        let put = practice.send("PUT", "/fhir/r4/Patient/a-1000.E-806", body: "{}")
        #expect(put.status == 405)
        #expect(put.headers["Allow"] == "GET, HEAD")
        #expect(practice.send("POST", "/fhir/r4/Observation", body: "{}").status == 405)
    }

    @Test func unknownTypesAndPathsAreNotFoundAsOperationOutcomes() throws {
        for target in [
            "/fhir/r4/Spaceship/a-1000.E-806", "/fhir/r4/fhir/r4?_getpages=x", "/fhir/r4/Patient/a-1000.E-806/_history",
        ] {
            let response = practice.get(target)
            #expect(response.status == 404, "\(target)")
            #expect(try #require(response.json)["resourceType"] == "OperationOutcome")
        }
    }

    @Test func aReadForAnotherPracticeIsNotFoundAndAnUnknownPracticeIsNamed() {
        #expect(practice.get("/fhir/r4/Patient/a-1000.E-806?ah-practice=Organization/a-1.Practice-1000").status == 200)
        #expect(practice.get("/fhir/r4/Patient/a-2000.E-806").status == 404)
        #expect(practice.get("/fhir/r4/Patient/806").status == 404)
    }

    @Test func metadataListsWhatIsServedWithRequiredCombinations() throws {
        let response = practice.get("/fhir/r4/metadata")
        #expect(response.status == 200)
        let statement = try #require(response.json)
        #expect(statement["fhirVersion"] == "4.0.1")
        #expect(statement["implementation"]?["url"] == "http://sandbox.test/fhir/r4")
        let resources = try #require(statement["rest"]?[0]?["resource"]?.arrayValue)
        let patient = try #require(resources.first { $0["type"] == "Patient" })
        let names = patient["searchParam"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(
            Set(names).isSuperset(of: [
                "_id", "identifier", "name", "family", "given", "birthdate", "gender", "_count", "cursor",
            ])
        )
        #expect(patient["searchParam"]?.arrayValue?.allSatisfy { $0["type"] != nil } == true)
        let rules = patient["extension"]?[0]?["extension"]?.arrayValue?.compactMap { $0["valueString"]?.stringValue }
        #expect(rules?.contains("family, birthdate") == true)
    }
}
