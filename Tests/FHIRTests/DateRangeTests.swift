import FHIR
import SandboxSupport
import Testing

@Suite struct DateRangeTests {
    private func milliseconds(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0, minute: Int = 0) -> Int64 {
        FHIRInstant.daysSince1970(year: year, month: month, day: day) * 86_400_000
            + Int64(hour) * 3_600_000 + Int64(minute) * 60_000
    }

    @Test func aDateCoversItsWholeDayInThePracticeOffset() throws {
        let range = try #require(DateRange(fhir: "2021-02-12", defaultOffsetMinutes: -300))
        #expect(range.low == milliseconds(2021, 2, 12, hour: 5))
        #expect(range.high == milliseconds(2021, 2, 13, hour: 5) - 1)
    }

    @Test func aMonthAndAYearCoverTheirWholeSpan() throws {
        let february = try #require(DateRange(fhir: "2024-02", defaultOffsetMinutes: 0))
        #expect(february.high - february.low + 1 == 29 * 86_400_000)
        let year = try #require(DateRange(fhir: "2023", defaultOffsetMinutes: 0))
        #expect(year.high - year.low + 1 == 365 * 86_400_000)
    }

    @Test func anInstantWithAnOffsetIsExactToTheSecondOrFraction() throws {
        let seconds = try #require(DateRange(fhir: "2024-03-01T08:00:00+05:30", defaultOffsetMinutes: -300))
        #expect(seconds.low == milliseconds(2024, 3, 1, hour: 2, minute: 30))
        #expect(seconds.high == seconds.low + 999)
        let fraction = try #require(DateRange(fhir: "2024-03-01T02:30:00.250Z", defaultOffsetMinutes: 0))
        #expect(fraction.low == seconds.low + 250)
        #expect(fraction.high == fraction.low)
    }

    @Test(arguments: [
        "", "21", "2021-13", "2021-02-30", "2021-02-12T25:00", "2021-02-12T10:00+5:30",
        "2021-02-12 10:00", "2021-02-12T10:00:00.Z", "2021-02-12x",
    ])
    func malformedTextIsRefused(_ text: String) {
        #expect(DateRange(fhir: text, defaultOffsetMinutes: 0) == nil)
    }
}
