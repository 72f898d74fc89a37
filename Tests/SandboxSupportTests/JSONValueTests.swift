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
        #expect(
            text
                == #"{"resourceType":"Observation","id":"a-1.E-1","meta":{"versionId":"1"},"code":{"coding":[],"text":"x"},"status":"final"}"#
        )
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

@Suite struct FHIRInstantTests {
    @Test func formatsWithOffsetAndMilliseconds() {
        // 2024-03-01T02:30:00Z
        let milliseconds = FHIRInstant.daysSince1970(year: 2024, month: 3, day: 1) * 86_400_000 + 9_000_000
        #expect(FHIRInstant.format(milliseconds: milliseconds, offsetMinutes: 330) == "2024-03-01T08:00:00.000+05:30")
        #expect(FHIRInstant.format(milliseconds: milliseconds, offsetMinutes: -300) == "2024-02-29T21:30:00.000-05:00")
        #expect(FHIRInstant.formatDate(milliseconds: milliseconds, offsetMinutes: -300) == "2024-02-29")
    }

    @Test(arguments: [(1970, 1, 1), (2000, 2, 29), (1899, 12, 31), (2026, 12, 3)])
    func civilDateRoundTrips(_ date: (Int, Int, Int)) {
        let days = FHIRInstant.daysSince1970(year: date.0, month: date.1, day: date.2)
        let back = FHIRInstant.civilDate(daysSince1970: days)
        #expect(back.year == date.0 && back.month == date.1 && back.day == date.2)
    }
}

@Suite struct SimulatedClockTests {
    @Test func aFixedClockMovesOnlyWhenTold() {
        let clock = SimulatedClock()
        #expect(clock.now == SimulatedClock.defaultStart)
        clock.advance(byMilliseconds: 61 * 60_000)
        #expect(clock.now == SimulatedClock.defaultStart + 61 * 60_000)
        clock.set(to: 5)
        #expect(clock.now == 5)
    }

    @Test func aWallClockRunsAndCanBeShifted() {
        let clock = SimulatedClock(mode: .wall)
        // Later than the fixed start: this code runs after 2026-01-15.
        #expect(clock.now > SimulatedClock.defaultStart)
        let before = clock.now
        clock.advance(byMilliseconds: 3_600_000)
        #expect(clock.now - before >= 3_600_000)
        clock.set(to: 1_000)
        #expect(clock.now >= 1_000 && clock.now < 60_000)
    }
}
