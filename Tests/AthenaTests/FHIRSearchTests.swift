import Athena
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct FHIRSearchTests {
    let practice: TestPractice
    let tenancy = TestPractice.practiceQuery

    init() throws {
        practice = try TestPractice()
    }

    private func entryIDs(_ bundle: JSONValue) -> [String] {
        bundle["entry"]?.arrayValue?.compactMap { $0["resource"]?["id"]?.stringValue } ?? []
    }

    private func link(_ relation: String, in bundle: JSONValue) -> String? {
        bundle["link"]?.arrayValue?.first { $0["relation"]?.stringValue == relation }?["url"]?.stringValue
    }

    /// The request target of an absolute link, as a client following it would send it.
    private func target(of url: String) -> String {
        String(url.dropFirst("http://sandbox.test".count))
    }

    @Test func withoutAhPracticeASearchIsRefusedSayingSo() throws {
        let response = practice.get("/fhir/r4/Observation?patient=a-1000.E-806")
        #expect(response.status == 400)
        let diagnostics = try #require(response.json?["issue"]?[0]?["diagnostics"]?.stringValue)
        #expect(diagnostics.contains("ah-practice"))
    }

    @Test func bothFormsOfAhPracticeAreAccepted() throws {
        for form in ["ah-practice=Organization/a-1.Practice-1000", "ah-practice:Organization=a-1.Practice-1000"] {
            let response = practice.get("/fhir/r4/Observation?\(form)&patient=a-1000.E-806&category=vital-signs")
            #expect(response.status == 200, "\(form)")
            #expect(entryIDs(try #require(response.json)).count == 5)
        }
        #expect(
            practice.get("/fhir/r4/Observation?ah-practice=Organization/a-1.Practice-999&patient=a-1000.E-806").status
                == 404
        )
    }

    @Test func followingNextLinksVerbatimGivesEveryMatchOnceThenStops() throws {
        var url: String? = "http://sandbox.test/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count=2"
        var seen: [String] = []
        var pages = 0
        while let next = url {
            let response = practice.get(target(of: next))
            #expect(response.status == 200)
            let bundle = try #require(response.json)
            #expect(bundle["total"] == 5)
            #expect(bundle["type"] == "searchset")
            seen += entryIDs(bundle)
            url = link("next", in: bundle)
            if let url { #expect(url.hasPrefix("http://sandbox.test/fhir/r4/Observation?")) }
            pages += 1
        }
        #expect(pages == 3)
        #expect(seen == (1...5).map { "a-1000.OBS-806\($0)" })
    }

    @Test func linksUseTheForwardedBaseURL() throws {
        let headers: HTTPHeaders = [
            "Host": "internal:8080", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "ehr.example.org",
            "X-Forwarded-Prefix": "/sandbox/",
        ]
        let response = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count=2", headers: headers)
        let bundle = try #require(response.json)
        #expect(link("self", in: bundle)?.hasPrefix("https://ehr.example.org/sandbox/fhir/r4/Observation?") == true)
        #expect(
            bundle["entry"]?[0]?["fullUrl"] == "https://ehr.example.org/sandbox/fhir/r4/Observation/a-1000.OBS-8061"
        )
    }

    @Test func countZeroAndAnOverLargeCount() throws {
        let none = try #require(practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count=0").json)
        #expect(none["total"] == 5 && none["entry"] == nil && link("next", in: none) == nil)
        let capped = try #require(practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_count=1000").json)
        #expect(entryIDs(capped).count == 5)
        #expect(link("self", in: capped)?.contains("_count=20") == true)
        #expect(link("self", in: capped)?.contains("_count=1000") == false)
    }

    @Test func aRawPlusInAnOffsetIsANamedErrorAndAnEncodedOneWorks() throws {
        let raw = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&date=ge2024-03-03T15:30:00+05:30")
        #expect(raw.status == 400)
        #expect(raw.json?["issue"]?[0]?["diagnostics"]?.stringValue?.contains("%2B") == true)
        let encoded = practice.get(
            "/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&date=ge2024-03-03T15:30:00%2B05:30&_count=1"
        )
        let bundle = try #require(encoded.json)
        #expect(bundle["total"] == 3)
        let next = try #require(link("next", in: bundle))
        #expect(next.contains("%2B05:30"))
        #expect(entryIDs(try #require(practice.get(target(of: next)).json)) == ["a-1000.OBS-8064"])
    }

    @Test func unknownParametersAreNamedNotIgnored() throws {
        let response = practice.get("/fhir/r4/Patient?\(tenancy)&patientid=1000000000000001")
        #expect(response.status == 400)
        let issue = try #require(response.json?["issue"]?[0])
        #expect(issue["code"] == "not-supported")
        #expect(issue["diagnostics"]?.stringValue?.contains("patientid") == true)
        #expect(issue["diagnostics"]?.stringValue?.contains("Patient") == true)
    }

    @Test func aMissingRequiredCombinationNamesTheCombinations() throws {
        let response = practice.get("/fhir/r4/Patient?\(tenancy)&family=Quill")
        #expect(response.status == 400)
        let diagnostics = try #require(response.json?["issue"]?[0]?["diagnostics"]?.stringValue)
        #expect(diagnostics.contains("[family, birthdate]"))
        #expect(practice.get("/fhir/r4/Patient?\(tenancy)&family=Quill&gender=female").status == 200)
    }

    @Test func aBarePatientNumberIsRefusedRatherThanAnsweredEmpty() throws {
        let response = practice.get("/fhir/r4/AllergyIntolerance?\(tenancy)&patient=806")
        #expect(response.status == 400)
        #expect(response.json?["issue"]?[0]?["diagnostics"]?.stringValue?.contains("a-195900.E-806") == true)
    }

    @Test func postSearchTakesAFormBody() throws {
        let response = practice.send(
            "POST",
            "/fhir/r4/Patient/_search",
            body: "_id=a-1000.E-806&\(tenancy)",
            contentType: "application/x-www-form-urlencoded"
        )
        #expect(response.status == 200)
        #expect(entryIDs(try #require(response.json)) == ["a-1000.E-806"])
        let wrongType = practice.send("POST", "/fhir/r4/Patient/_search", body: "{}", contentType: "application/json")
        #expect(wrongType.status == 415)
    }

    @Test func orListsOfBirthdatesKeepTheirPrefixes() throws {
        let response = practice.get("/fhir/r4/Patient?\(tenancy)&family=Quill&birthdate=ge1970-01-01,lt1960-01-01")
        #expect(entryIDs(try #require(response.json)) == ["a-1000.E-807"])
    }

    @Test func anEncodedAndALiteralPipeMeanTheSameToken() throws {
        let encoded = practice.get(
            "/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&code=http://loinc.org%7C8867-4"
        )
        let literal = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&code=http://loinc.org|8867-4")
        #expect(encoded.status == 200)
        #expect(entryIDs(try #require(encoded.json)).count == 5)
        #expect(entryIDs(try #require(encoded.json)) == entryIDs(try #require(literal.json)))
        let otherSystem = practice.get(
            "/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&code=http://snomed.info/sct%7C8867-4"
        )
        #expect(entryIDs(try #require(otherSystem.json)).isEmpty)
    }

    @Test func lastUpdatedTakesSecondsWithoutMilliseconds() throws {
        let response = practice.get(
            "/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_lastUpdated=gt2024-03-01T08:00:00%2B00:00"
        )
        #expect(response.status == 200)
        #expect(try #require(response.json)["total"] == 5)
        let future = practice.get(
            "/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806&_lastUpdated=gt2026-01-15T14:00:00Z"
        )
        #expect(try #require(future.json)["total"] == 0)
    }
}
