import SandboxSupport

/// Reads ISO 8601 instants into milliseconds since 1970, with integer arithmetic only.
///
/// Accepted: `2026-01-15T14:00:00Z`, `2026-01-15T09:00:00.250-05:00`, `2026-01-15T14:00Z`
/// (seconds may be left out, and fractions have one to nine digits, of which milliseconds are
/// kept). The offset is required, since an instant without one names no single moment.
/// ``parse(_:allowingDate:)`` with `allowingDate` also reads a bare `2026-07-01` as midnight UTC.
package enum InstantText {
    /// The instant `text` names, or nil when it is not in a form above.
    package static func parse(_ text: String, allowingDate: Bool = false) -> Int64? {
        let bytes = Array(text.utf8)
        if allowingDate, bytes.count == 10 { return date(bytes).map { $0 * 86_400_000 } }
        guard bytes.count >= 17, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let days = date(Array(bytes[0..<10]))
        else { return nil }
        guard let (timeOfDay, offsetStart) = time(bytes, from: 11),
            let offset = offsetMinutes(Array(bytes[offsetStart...]))
        else { return nil }
        return days * 86_400_000 + timeOfDay - Int64(offset) * 60_000
    }

    /// `text` parsed as an instant, or the error naming `field`.
    static func require(_ text: String, field: String, allowingDate: Bool = false) throws(FaultsError) -> Int64 {
        guard let instant = parse(text, allowingDate: allowingDate) else {
            let forms = allowingDate ? "a date (2026-07-01) or an instant" : "an instant"
            throw .invalidField(field, "must be \(forms) with an offset, such as 2026-07-01T00:00:00Z")
        }
        return instant
    }

    /// The instant in UTC, as the sandbox writes instants: `2026-01-15T14:00:00.000+00:00`.
    package static func format(_ milliseconds: Int64) -> String {
        FHIRInstant.format(milliseconds: milliseconds, offsetMinutes: 0)
    }

    /// Days since 1970 of `YYYY-MM-DD`.
    private static func date(_ bytes: [UInt8]) -> Int64? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return FHIRInstant.daysSince1970(year: year, month: month, day: day)
    }

    /// Milliseconds into the day of `hh:mm[:ss[.fff]]` starting at `start`, and where the offset begins.
    private static func time(_ bytes: [UInt8], from start: Int) -> (Int64, Int)? {
        guard bytes.count >= start + 5, bytes[start + 2] == UInt8(ascii: ":"),
            let hour = number(bytes[start..<start + 2]), let minute = number(bytes[start + 3..<start + 5]),
            hour < 24, minute < 60
        else { return nil }
        var index = start + 5
        var second = 0
        var millisecond = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard bytes.count >= index + 3, let value = number(bytes[index + 1..<index + 3]), value < 60 else {
                return nil
            }
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                guard let (fraction, end) = fraction(bytes, from: index + 1) else { return nil }
                millisecond = fraction
                index = end
            }
        }
        let total = Int64(((hour * 60 + minute) * 60 + second) * 1000 + millisecond)
        return (total, index)
    }

    /// The milliseconds of one to nine fraction digits, and the index after them.
    private static func fraction(_ bytes: [UInt8], from start: Int) -> (Int, Int)? {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        guard (1...9).contains(end - start) else { return nil }
        let digits = Array(bytes[start..<end]) + Array(repeating: UInt8(ascii: "0"), count: 3)
        return number(digits[0..<3]).map { ($0, end) }
    }

    /// `Z` as 0, or `+hh:mm` / `-hh:mm` as signed minutes.
    private static func offsetMinutes(_ bytes: [UInt8]) -> Int? {
        if bytes == [UInt8(ascii: "Z")] || bytes == [UInt8(ascii: "z")] { return 0 }
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":"), let hours = number(bytes[1..<3]), let minutes = number(bytes[4..<6]),
            hours < 24, minutes < 60
        else { return nil }
        let value = hours * 60 + minutes
        return bytes[0] == UInt8(ascii: "-") ? -value : value
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
