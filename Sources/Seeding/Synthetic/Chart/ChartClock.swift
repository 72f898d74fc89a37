import SandboxSupport

/// Calendar arithmetic for one practice, in whole local days and milliseconds since 1970.
///
/// Days are counted in the practice's fixed UTC offset, so a visit at 16:30 local time stays on
/// its local date whatever the UTC date is.
struct ChartClock: Sendable {
    /// The "today" every chart ends at.
    var referenceInstant: Int64
    var offsetMinutes: Int

    private static let dayMilliseconds: Int64 = 86_400_000

    /// The local day of the reference instant.
    var referenceDay: Int64 { localDay(of: referenceInstant) }

    /// The local day an instant falls on.
    func localDay(of milliseconds: Int64) -> Int64 {
        let local = milliseconds + Int64(offsetMinutes) * 60_000
        let (quotient, remainder) = local.quotientAndRemainder(dividingBy: Self.dayMilliseconds)
        return remainder < 0 ? quotient - 1 : quotient
    }

    /// The instant at `minute` minutes after local midnight of `day`.
    func instant(day: Int64, minute: Int) -> Int64 {
        day * Self.dayMilliseconds + Int64(minute - offsetMinutes) * 60_000
    }

    /// A FHIR dateTime with offset and milliseconds.
    func dateTime(_ milliseconds: Int64) -> String {
        FHIRInstant.format(milliseconds: milliseconds, offsetMinutes: offsetMinutes)
    }

    /// A FHIR date (`YYYY-MM-DD`) for a local day.
    func date(day: Int64) -> String {
        let (year, month, dayOfMonth) = FHIRInstant.civilDate(daysSince1970: day)
        return "\(year)-\(Self.pad(month))-\(Self.pad(dayOfMonth))"
    }

    /// `2024-05-03 09:30` for notes.
    func readableDateTime(_ milliseconds: Int64) -> String {
        let text = dateTime(milliseconds)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }

    func year(of day: Int64) -> Int { FHIRInstant.civilDate(daysSince1970: day).year }

    func month(of day: Int64) -> Int { FHIRInstant.civilDate(daysSince1970: day).month }

    /// The local day of a calendar date.
    func day(year: Int, month: Int, day: Int) -> Int64 {
        FHIRInstant.daysSince1970(year: year, month: month, day: day)
    }

    /// Whole years between a birth day and another day.
    func age(birthDay: Int64, on day: Int64) -> Int {
        let birth = FHIRInstant.civilDate(daysSince1970: birthDay)
        let now = FHIRInstant.civilDate(daysSince1970: day)
        let hadBirthday = (now.month, now.day) >= (birth.month, birth.day)
        return now.year - birth.year - (hadBirthday ? 0 : 1)
    }

    /// Age in fractional years, for growth curves.
    func exactAge(birthDay: Int64, on day: Int64) -> Double {
        Double(day - birthDay) / 365.25
    }

    /// 0 for Monday through 6 for Sunday (1970-01-01 was a Thursday).
    func weekday(of day: Int64) -> Int {
        Int(((day % 7) + 7 + 3) % 7)
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
