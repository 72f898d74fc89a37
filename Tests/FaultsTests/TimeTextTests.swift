import Faults
import Testing

@Suite struct TimeTextTests {
    @Test(arguments: [
        ("2026-01-15T14:00:00Z", Int64(1_768_485_600_000)),
        ("2026-01-15T09:00:00-05:00", 1_768_485_600_000),
        ("2026-01-15T14:00:00.250+00:00", 1_768_485_600_250),
        ("2026-01-15T14:00:00.2Z", 1_768_485_600_200),
        ("2026-01-15T14:00:00.123456789Z", 1_768_485_600_123),
        ("2026-01-15T14:00Z", 1_768_485_600_000),
        ("1970-01-01T00:00:00Z", 0),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000),
    ])
    func instantsWithOffsetsAreRead(text: String, milliseconds: Int64) {
        #expect(InstantText.parse(text) == milliseconds)
    }

    @Test(arguments: [
        "2026-01-15", "2026-01-15T14:00:00", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-01-15T24:00:00Z",
        "2026-01-15T14:00:00+5:00", "2026-01-15 14:00:00Z", "2026-01-15T14:00:00.Z", "",
    ])
    func otherTextIsRefused(text: String) {
        #expect(InstantText.parse(text) == nil)
    }

    @Test func aBareDateIsMidnightUTCWhereDatesAreAllowed() {
        #expect(InstantText.parse("2026-07-01", allowingDate: true) == 1_782_864_000_000)
    }

    @Test func formatWritesUTCWithMilliseconds() {
        #expect(InstantText.format(1_768_485_600_250) == "2026-01-15T14:00:00.250+00:00")
    }

    @Test(arguments: [
        ("61m", Int64(3_660_000)), ("2h", 7_200_000), ("30s", 30_000), ("1500ms", 1500), ("1h30m", 5_400_000),
        ("2d", 172_800_000), ("0s", 0),
    ])
    func durationsAddTheirParts(text: String, milliseconds: Int64) {
        #expect(DurationText.parse(text) == milliseconds)
    }

    @Test(arguments: ["", "15", "2w", "m", "-5m", "1.5h", "99999999999999999h"])
    func malformedDurationsAreRefused(text: String) {
        #expect(DurationText.parse(text) == nil)
    }
}
