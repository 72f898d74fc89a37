import FHIR
import SandboxStore
import SandboxSupport
import Testing

@Suite struct IndexExtractorTests {
    let extractor = IndexExtractor(defaultOffsetMinutes: 0)

    @Test func tokensComeFromCodingsIdentifiersAndCodes() throws {
        let observation = try JSONValue.parse(
            #"""
            {"resourceType":"Observation","id":"o1","subject":{"reference":"Patient/p1"},
             "code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}],"text":"HR"},
             "effectivePeriod":{"start":"2021-02-10T00:00:00Z"}}
            """#
        )
        let entries = extractor.entries(for: observation, definition: TestCatalog.observation)
        #expect(entries.contains(IndexEntry(parameter: "_id", value: "o1")))
        #expect(
            entries.contains(
                IndexEntry(parameter: "code", system: "http://loinc.org", value: "8867-4", text: "Heart rate")
            )
        )
        #expect(entries.contains(IndexEntry(parameter: "code", text: "HR")))
        #expect(entries.contains(IndexEntry(parameter: "patient", system: "Patient", value: "p1", text: "Patient/p1")))
        let date = try #require(entries.first { $0.parameter == "date" })
        #expect(date.high == Int64.max)
    }

    @Test func namesAreNormalisedForSearchAndKeptForExactMatch() throws {
        let patient = try JSONValue.parse(
            #"{"resourceType":"Patient","name":[{"family":"Zoë-Núñez","given":["Ana","María"]}]}"#
        )
        let entries = extractor.entries(for: patient, definition: TestCatalog.patient)
        #expect(entries.contains(IndexEntry(parameter: "family", value: "zoe-nunez", text: "Zoë-Núñez")))
        #expect(entries.contains(IndexEntry(parameter: "name", value: "maria", text: "María")))
        #expect(entries.filter { $0.parameter == "name" }.count == 3)
    }

    @Test func choiceElementsAndArraysAreCrossed() throws {
        let path = ResourcePath("effective[x]")
        let found = path.evaluate(in: try JSONValue.parse(#"{"effectiveDateTime":"2020","effectivex":"no"}"#))
        #expect(found.map(\.name) == ["effectiveDateTime"])
        let given = ResourcePath("name.given").evaluate(
            in: try JSONValue.parse(#"{"name":[{"given":["a","b"]},{"given":["c"]}]}"#)
        )
        #expect(given.compactMap(\.value.stringValue) == ["a", "b", "c"])
    }
}
