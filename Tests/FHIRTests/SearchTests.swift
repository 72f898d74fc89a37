import FHIR
import SandboxStore
import SandboxSupport
import Testing

/// Searches against a real store, with the token, date and paging inputs integrators trip over.
@Suite struct SearchTests {
    let temporary: TemporaryStore
    let repository: ResourceRepository
    let engine: SearchEngine
    let compiler = SearchCompiler(defaultOffsetMinutes: 0, now: SimulatedClock.defaultStart)

    init() throws {
        temporary = try TemporaryStore()
        repository = temporary.repository(catalog: TestCatalog.catalog)
        engine = SearchEngine(store: temporary.store, configuration: .init(defaultCount: 3, maximumCount: 4))
        try repository.save([
            try Self.patient(
                "pt-2001",
                identifier: #"{"system":"http://hl7.org/fhir/sid/us-ssn","value":"900000001"}"#,
                born: "1965-05-05"
            ),
            try Self.patient("pt-2002", identifier: #"{"value":"900000001"}"#, born: "1975-05-05"),
            try Self.patient(
                "pt-2003",
                identifier: #"{"system":"urn:oid:2.16.840.1.113883.3.9999","value":"MR-846-001"}"#,
                born: "1985-05-05"
            ),
        ])
        try repository.save((1...5).map { try Self.observation("obs-\($0)", patient: "pt-2001", day: $0) })
    }

    static func patient(_ id: String, identifier: String, born: String) throws -> JSONValue {
        try JSONValue.parse(
            #"{"resourceType":"Patient","id":"\#(id)","identifier":[\#(identifier)],"birthDate":"\#(born)"}"#
        )
    }

    static func observation(_ id: String, patient: String, day: Int) throws -> JSONValue {
        try JSONValue.parse(
            #"""
            {"resourceType":"Observation","id":"\#(id)","subject":{"reference":"Patient/\#(patient)"},
             "code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},
             "effectiveDateTime":"2024-03-0\#(day)T10:00:00Z"}
            """#
        )
    }

    func ids(_ items: [(String, String)], type: String = "Patient") throws -> [String] {
        let request = try SearchRequest(items: items.map { (name: $0.0, value: $0.1) })
        let definition = try #require(TestCatalog.catalog[type])
        return try engine.search(request, in: definition, compiler: compiler).matches.map(\.resource.id)
    }

    @Test func tokenSearchHonoursSystemAndCodeParts() throws {
        #expect(try ids([("identifier", "http://hl7.org/fhir/sid/us-ssn|900000001")]) == ["pt-2001"])
        #expect(try ids([("identifier", "900000001")]) == ["pt-2001", "pt-2002"])
        #expect(try ids([("identifier", "|900000001")]) == ["pt-2002"])
        #expect(try ids([("identifier", "http://hl7.org/fhir/sid/us-ssn|")]) == ["pt-2001"])
        #expect(try ids([("identifier", "MR-846-001")]) == ["pt-2003"])
        #expect(try ids([("identifier", "HTTP://hl7.org/fhir/sid/us-ssn|900000001")]).isEmpty)
        #expect(try ids([("identifier:not", "900000001")]) == ["pt-2003"])
    }

    @Test func orListsKeepTheirPrefixes() throws {
        #expect(try ids([("birthdate", "ge1980-01-01,lt1970-01-01")]) == ["pt-2001", "pt-2003"])
    }

    @Test func anUnknownPrefixIsAnErrorNamingTheValue() throws {
        #expect(throws: SearchError.invalid("birthdate value 'gte1980-01-01' has the unknown prefix 'gte'")) {
            try ids([("birthdate", "gte1980-01-01")])
        }
    }

    @Test func aSpaceFromAnUnencodedPlusIsAnErrorNotAnEmptyResult() throws {
        #expect(throws: SearchError.self) {
            try ids([("patient", "pt-2001"), ("date", "ge2024-03-01T08:00:00 05:30")], type: "Observation")
        }
    }

    @Test func offsetsAreComparedAsInstants() throws {
        let found = try ids([("patient", "pt-2001"), ("date", "ge2024-03-03T15:30:00+05:30")], type: "Observation")
        #expect(found == ["obs-3", "obs-4", "obs-5"])
        let later = try ids([("patient", "pt-2001"), ("date", "gt2024-03-03T15:30:00+05:30")], type: "Observation")
        #expect(later == ["obs-4", "obs-5"])
    }

    @Test func repeatedDatesAreAndedAndMatchOverlappingPeriods() throws {
        let periodA = try JSONValue.parse(
            #"""
            {"resourceType":"Observation","id":"enc-A","subject":{"reference":"Patient/pt-9"},
             "effectivePeriod":{"start":"2021-02-12","end":"2021-02-14"}}
            """#
        )
        let periodB = try JSONValue.parse(
            #"""
            {"resourceType":"Observation","id":"enc-B","subject":{"reference":"Patient/pt-9"},
             "effectivePeriod":{"start":"2021-02-10","end":"2021-02-20"}}
            """#
        )
        try repository.save([periodA, periodB])
        let found = try ids(
            [("patient", "pt-9"), ("date", "ge2021-02-12"), ("date", "le2021-02-14")],
            type: "Observation"
        )
        #expect(found == ["enc-A", "enc-B"])
        #expect(try ids([("patient", "pt-9"), ("date", "eq2021-02")], type: "Observation") == ["enc-A", "enc-B"])
        #expect(try ids([("patient", "pt-9"), ("date", "sa2021-02-11")], type: "Observation") == ["enc-A"])
    }

    @Test func pagesFollowedByCursorGiveEachMatchOnce() throws {
        let definition = try #require(TestCatalog.catalog["Observation"])
        var request = SearchRequest(
            criteria: [SearchCriterion(rawName: "patient", rawValue: "Patient/pt-2001")],
            count: 2
        )
        var seen: [String] = []
        while true {
            let page = try engine.search(request, in: definition, compiler: compiler)
            #expect(page.total == 5)
            seen += page.matches.map(\.resource.id)
            guard let next = page.nextPosition else { break }
            request.cursor = next
        }
        #expect(seen == ["obs-1", "obs-2", "obs-3", "obs-4", "obs-5"])
    }

    @Test func countZeroGivesTheTotalOnlyAndALargeCountIsCapped() throws {
        let definition = try #require(TestCatalog.catalog["Observation"])
        let none = try engine.search(
            SearchRequest(criteria: [SearchCriterion(rawName: "patient", rawValue: "pt-2001")], count: 0),
            in: definition,
            compiler: compiler
        )
        #expect(none.matches.isEmpty && none.total == 5 && none.nextPosition == nil)
        let capped = try engine.search(
            SearchRequest(criteria: [SearchCriterion(rawName: "patient", rawValue: "pt-2001")], count: 1000),
            in: definition,
            compiler: compiler
        )
        #expect(capped.appliedCount == 4 && capped.matches.count == 4)
    }

    @Test func aSearchWithoutARequiredCombinationIsRefused() throws {
        #expect(throws: SearchError.self) { try ids([("code", "8867-4")], type: "Observation") }
    }

    @Test func anUnknownParameterIsNamed() throws {
        #expect(throws: SearchError.notSupported("Patient has no search parameter 'patientid'")) {
            try ids([("patientid", "1")])
        }
    }

    @Test func savingAgainRaisesTheVersionAndKeepsOneCopy() throws {
        let saved = try repository.save([try Self.observation("obs-1", patient: "pt-2001", day: 9)])
        #expect(saved[0].versionID == 2)
        let read = try #require(try repository.read(type: "Observation", id: "obs-1"))
        let resource = try JSONValue.parse(read.json)
        #expect(resource["meta"]?["versionId"] == "2")
        #expect(read.patientID == "pt-2001")
    }
}

@Suite struct SearchLinksTests {
    @Test func linksAreAbsoluteAndEncodeAPlusSoThatFollowingThemRepeatsTheSearch() {
        let links = SearchLinks(
            baseURL: "http://127.0.0.1:8080/fhir/r4",
            type: "Observation",
            criteria: [
                SearchCriterion(rawName: "patient", rawValue: "a-1.E-2"),
                SearchCriterion(rawName: "date", rawValue: "ge2024-03-01T08:00:00+05:30"),
                SearchCriterion(rawName: "code", rawValue: "http://loinc.org|8867-4"),
            ]
        )
        let page = SearchPage(matches: [], total: 3, appliedCount: 1, nextPosition: 7)
        let result = links.links(for: page, cursor: nil)
        #expect(result.map(\.relation) == ["self", "next"])
        #expect(
            result[1].url == "http://127.0.0.1:8080/fhir/r4/Observation?patient=a-1.E-2"
                + "&date=ge2024-03-01T08:00:00%2B05:30&code=http://loinc.org%7C8867-4&_count=1&cursor=7"
        )
    }
}
