import Testing

@testable import Seeding

@Suite struct SyntheticClockTests {
    private let clock = ChartClock(
        referenceInstant: SyntheticPractice.Configuration.defaultReferenceInstant,
        offsetMinutes: -300
    )

    @Test func theReferenceDayIsTheLocalDate() {
        #expect(clock.date(day: clock.referenceDay) == "2026-01-15")
    }

    @Test func lateEveningStaysOnItsLocalDay() {
        let day = clock.day(year: 2024, month: 3, day: 1)
        let evening = clock.instant(day: day, minute: 23 * 60 + 30)
        #expect(clock.localDay(of: evening) == day)
        #expect(clock.dateTime(evening) == "2024-03-01T23:30:00.000-05:00")
    }

    @Test(arguments: [
        ((2000, 2, 29), (2026, 2, 28), 25), ((2000, 2, 29), (2026, 3, 1), 26), ((1990, 6, 15), (1990, 6, 15), 0),
    ])
    func agesCountWholeYears(_ birth: (Int, Int, Int), _ on: (Int, Int, Int), _ expected: Int) {
        let birthDay = clock.day(year: birth.0, month: birth.1, day: birth.2)
        #expect(clock.age(birthDay: birthDay, on: clock.day(year: on.0, month: on.1, day: on.2)) == expected)
    }

    @Test func weekdaysStartOnMonday() {
        #expect(clock.weekday(of: clock.day(year: 2026, month: 1, day: 12)) == 0)
        #expect(clock.weekday(of: clock.day(year: 2026, month: 1, day: 18)) == 6)
        #expect(clock.weekday(of: clock.day(year: 1969, month: 12, day: 28)) == 6)
    }

    @Test func chartIDsCountPerTypeUnderThePatientNumber() {
        var ids = ChartIDs(practiceID: 195_900, patientNumber: 1042)
        #expect(ids.next("Encounter") == "a-195900.ENC-1042001")
        #expect(ids.next("Observation") == "a-195900.OBS-1042001")
        #expect(ids.next("Encounter") == "a-195900.ENC-1042002")
    }
}
