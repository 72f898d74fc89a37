import SandboxSupport
import Testing

@Suite struct JSONValueTests {
    @Test func canonicalBytesPutResourceTypeIdAndMetaFirstAndSortTheRest() {
        let resource: JSONValue = .object([
            .init("status", "final"),
            .init("meta", .object([.init("versionId", "1")])),
            .init("id", "a-1.E-1"),
            .init("code", .object([.init("text", "x"), .init("coding", [])])),
            .init("resourceType", "Observation"),
        ])
        let text = String(decoding: resource.canonicalBytes(), as: UTF8.self)
        #expect(text == #"{"resourceType":"Observation","id":"a-1.E-1","meta":{"versionId":"1"},"code":{"coding":[],"text":"x"},"status":"final"}"#)
    }

    @Test func parsingThenEncodingKeepsScalarKinds() throws {
        let value = try JSONValue.parse(#"{"a":true,"b":1,"c":1.5,"d":"s\n\"","e":null,"f":[0,false]}"#)
        #expect(value["a"] == .bool(true))
        #expect(value["b"] == .int(1))
        #expect(value["c"] == .double(1.5))
        #expect(value["f"]?[1] == .bool(false))
        #expect(value.encodedString() == #"{"a":true,"b":1,"c":1.5,"d":"s\n\"","e":null,"f":[0,false]}"#)
    }

    @Test(arguments: ["", "{", "[1 2]", "{\"a\":}", "nul", "\"open"])
    func malformedTextThrows(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(text) }
    }

    @Test func seededGeneratorRepeatsForTheSameSeedAndStream() {
        var first = SeededGenerator(seed: 7, stream: "patient-1")
        var second = SeededGenerator(seed: 7, stream: "patient-1")
        var other = SeededGenerator(seed: 7, stream: "patient-2")
        let a = (0..<5).map { _ in first.next() }
        #expect(a == (0..<5).map { _ in second.next() })
        #expect(a != (0..<5).map { _ in other.next() })
    }
}
