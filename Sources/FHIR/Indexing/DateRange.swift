import SandboxSupport

/// The span of time a FHIR date, dateTime or instant covers, at the precision it was written.
///
/// `2021-02` covers the whole of February; `2021-02-12T10:00:00+01:00` covers one second.
/// Both ends are milliseconds since 1970 and inclusive. A value without an offset (a date, or a
/// dateTime that leaves the zone out) is read in the practice's offset, so that date-only
/// values in resources and in searches line up.
package struct DateRange: Sendable, Hashable {
    package var low: Int64
    package var high: Int64

    package init(low: Int64, high: Int64) {
        self.low = low
        self.high = high
    }

    /// Reads a FHIR date, dateTime or instant; `nil` when `text` is not one.
    package init?(fhir text: some StringProtocol, defaultOffsetMinutes: Int) {
        var parser = DateTextParser(Array(text.utf8))
        guard let parts = parser.parse() else { return nil }
        let offset = Int64(parts.offsetMinutes ?? defaultOffsetMinutes)
        let days = FHIRInstant.daysSince1970(year: parts.year, month: parts.month ?? 1, day: parts.day ?? 1)
        let hours = Int64(parts.hour ?? 0) * 3_600_000
        let minutes = Int64(parts.minute ?? 0) * 60_000
        let seconds = Int64(parts.second ?? 0) * 1000 + Int64(parts.millisecond ?? 0)
        let start = days * 86_400_000 + hours + minutes + seconds - offset * 60_000
        low = start
        high = start + parts.precisionMilliseconds(startDays: days) - 1
    }
}

/// The fields of a FHIR date text, as far as it goes.
struct DateTextParts {
    var year: Int
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?
    var second: Int?
    var millisecond: Int?
    var fractionDigits = 0
    var offsetMinutes: Int?

    /// How long the written precision lasts, starting at the value.
    func precisionMilliseconds(startDays: Int64) -> Int64 {
        if second != nil {
            guard fractionDigits > 0 else { return 1000 }
            return fractionDigits >= 3 ? 1 : (fractionDigits == 2 ? 10 : 100)
        }
        if minute != nil { return 60_000 }
        if day != nil { return 86_400_000 }
        if let month {
            let nextMonth = month == 12 ? (year + 1, 1) : (year, month + 1)
            return (FHIRInstant.daysSince1970(year: nextMonth.0, month: nextMonth.1, day: 1) - startDays) * 86_400_000
        }
        return (FHIRInstant.daysSince1970(year: year + 1, month: 1, day: 1) - startDays) * 86_400_000
    }
}

/// Reads `YYYY[-MM[-DD[Thh:mm[:ss[.f+]][Z|(+|-)hh:mm]]]]` strictly.
struct DateTextParser {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func parse() -> DateTextParts? {
        guard let year = digits(4) else { return nil }
        var parts = DateTextParts(year: year)
        if index < bytes.count {
            guard take("-"), let month = digits(2), (1...12).contains(month) else { return nil }
            parts.month = month
        }
        if index < bytes.count {
            guard take("-"), let day = digits(2), day >= 1, day <= daysIn(month: parts.month!, year: year) else {
                return nil
            }
            parts.day = day
        }
        if index < bytes.count {
            guard take("T"), parseTime(into: &parts) else { return nil }
        }
        return index == bytes.count ? parts : nil
    }

    private mutating func parseTime(into parts: inout DateTextParts) -> Bool {
        guard let hour = digits(2), hour < 24, take(":"), let minute = digits(2), minute < 60 else { return false }
        parts.hour = hour
        parts.minute = minute
        if take(":") {
            guard let second = digits(2), second < 60 else { return false }
            parts.second = second
            if take(".") {
                guard parseFraction(into: &parts) else { return false }
            }
        }
        return parseOffset(into: &parts)
    }

    private mutating func parseFraction(into parts: inout DateTextParts) -> Bool {
        var value = 0
        var count = 0
        while index < bytes.count, let digit = digitValue(bytes[index]) {
            if count < 3 { value = value * 10 + digit }
            count += 1
            index += 1
        }
        guard count > 0 else { return false }
        if count < 3 {
            for _ in count..<3 { value *= 10 }
        }
        parts.millisecond = value
        parts.fractionDigits = count
        return true
    }

    private mutating func parseOffset(into parts: inout DateTextParts) -> Bool {
        guard index < bytes.count else { return true }
        if take("Z") {
            parts.offsetMinutes = 0
            return true
        }
        let sign: Int
        if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return false }
        guard let hours = digits(2), hours <= 14, take(":"), let minutes = digits(2), minutes < 60 else {
            return false
        }
        parts.offsetMinutes = sign * (hours * 60 + minutes)
        return true
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            guard let digit = digitValue(bytes[index + offset]) else { return nil }
            value = value * 10 + digit
        }
        index += count
        return value
    }

    private func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
