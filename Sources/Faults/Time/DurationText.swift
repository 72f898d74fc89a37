/// Reads durations such as `61m`, `2h`, `30s`, `1500ms` or `1h30m` into milliseconds.
///
/// Units are `ms`, `s`, `m`, `h` and `d`; each number is a whole, non-negative count, and parts
/// add up. An empty text, a number without a unit or an unknown unit reads as nil.
package enum DurationText {
    package static func parse(_ text: String) -> Int64? {
        var rest = Substring(text.trimmingCharacters(" "))
        guard !rest.isEmpty else { return nil }
        var total: Int64 = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 12, let count = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isASCII && $0.isLetter }
            guard let scale = scale(of: unit) else { return nil }
            rest = rest.dropFirst(unit.count)
            let (part, tooLong) = count.multipliedReportingOverflow(by: scale)
            let (sum, overflow) = total.addingReportingOverflow(part)
            guard !tooLong, !overflow else { return nil }
            total = sum
        }
        return total
    }

    private static func scale(of unit: Substring) -> Int64? {
        switch unit {
        case "ms": 1
        case "s": 1000
        case "m": 60_000
        case "h": 3_600_000
        case "d": 86_400_000
        default: nil
        }
    }
}

extension String {
    /// The text without leading and trailing `character`s.
    func trimmingCharacters(_ character: Character) -> String {
        let start = firstIndex { $0 != character } ?? endIndex
        let end = lastIndex { $0 != character }.map { index(after: $0) } ?? start
        return String(self[start..<max(start, end)])
    }
}
