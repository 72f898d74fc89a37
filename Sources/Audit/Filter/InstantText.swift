import SandboxSupport

/// Reads the instants the audit filters take: `2026-01-15T09:00:00Z`,
/// `2026-01-15T09:00:00.250-05:00`, or a bare date `2026-01-15` (midnight UTC).
///
/// A time needs seconds and a zone. Because a `+` in an unescaped query string decodes to a
/// space, a space where the zone's sign belongs reads as `+`. Fractions of a second past
/// milliseconds are dropped.
package enum InstantText {
    /// Milliseconds since 1970 of `text`, or nil when it is not an instant or a date.
    package static func milliseconds(from text: String) -> Int64? {
        var reader = ByteReader(Array(text.utf8))
        guard let days = readDate(&reader) else { return nil }
        let midnight = days * 86_400_000
        if reader.isAtEnd { return midnight }

        guard reader.skip("T"), let time = readTime(&reader), let offset = readZone(&reader), reader.isAtEnd else {
            return nil
        }
        return midnight + time - offset
    }

    /// Days since 1970 of `YYYY-MM-DD`.
    private static func readDate(_ reader: inout ByteReader) -> Int64? {
        guard let year = reader.number(digits: 4), reader.skip("-"), let month = reader.number(digits: 2),
            reader.skip("-"), let day = reader.number(digits: 2), (1...12).contains(month), day >= 1
        else { return nil }
        guard day <= daysInMonth(month, year: year) else { return nil }
        return FHIRInstant.daysSince1970(year: year, month: month, day: day)
    }

    /// Milliseconds into the day of `hh:mm:ss(.fff)`.
    private static func readTime(_ reader: inout ByteReader) -> Int64? {
        guard let hour = reader.number(digits: 2), reader.skip(":"), let minute = reader.number(digits: 2),
            reader.skip(":"), let second = reader.number(digits: 2), hour < 24, minute < 60, second < 60
        else { return nil }
        var milliseconds = 0
        if reader.skip(".") {
            guard let fraction = reader.fractionMilliseconds() else { return nil }
            milliseconds = fraction
        }
        return Int64(((hour * 60 + minute) * 60 + second) * 1000 + milliseconds)
    }

    /// The zone's offset from UTC in milliseconds: `Z`, or `+hh:mm` / `-hh:mm`.
    private static func readZone(_ reader: inout ByteReader) -> Int64? {
        if reader.skip("Z") { return 0 }
        let sign: Int64
        if reader.skip("+") || reader.skip(" ") {
            sign = 1
        } else if reader.skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = reader.number(digits: 2), reader.skip(":"), let minutes = reader.number(digits: 2),
            hours <= 14, minutes < 60
        else { return nil }
        return sign * Int64(hours * 60 + minutes) * 60_000
    }

    private static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Reads ASCII text byte by byte.
private struct ByteReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index == bytes.count }

    /// Moves past `character` when it is next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits as a number.
    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<(index + digits)] {
            guard let digit = Self.digit(byte) else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    /// One to nine digits of a fraction of a second, as whole milliseconds.
    mutating func fractionMilliseconds() -> Int? {
        var digits: [Int] = []
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            digits.append(digit)
            index += 1
        }
        guard (1...9).contains(digits.count) else { return nil }
        let padded = (digits + [0, 0, 0]).prefix(3)
        return padded.reduce(0) { $0 * 10 + $1 }
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
