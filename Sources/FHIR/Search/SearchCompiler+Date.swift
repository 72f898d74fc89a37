import SandboxStore

/// Date parameters: `[prefix]value`, where the prefix compares the range the value covers with
/// the range each resource's date covers (R4 §3.1.1.5.1.4, Periods included).
extension SearchCompiler {
    /// The R4 comparison prefixes.
    enum DatePrefix: String, CaseIterable {
        case eq, ne, gt, lt, ge, le, sa, eb, ap
    }

    func datePredicate(_ value: String, criterion: SearchCriterion) throws(SearchError) -> ResourceQuery.Predicate {
        guard criterion.modifier == nil else {
            throw .notSupported("the modifier ':\(criterion.modifier ?? "")' is not supported on '\(criterion.name)'")
        }
        if value.contains(" ") {
            throw .invalid(
                "\(criterion.rawName) value '\(value)' holds a space: a '+' in a timezone offset must be sent as %2B"
            )
        }
        let (prefix, dateText) = try Self.splitPrefix(value, criterion: criterion)
        guard let range = DateRange(fhir: dateText, defaultOffsetMinutes: defaultOffsetMinutes) else {
            throw .invalid("\(criterion.rawName) value '\(value)' is not a FHIR date, dateTime or instant")
        }
        return predicate(prefix, range)
    }

    private static func splitPrefix(_ value: String, criterion: SearchCriterion) throws(SearchError) -> (
        DatePrefix, String
    ) {
        guard let first = value.first, first.isLetter else { return (.eq, value) }
        let letters = String(value.prefix { $0.isLetter })
        guard let prefix = DatePrefix(rawValue: letters) else {
            throw .invalid("\(criterion.rawName) value '\(value)' has the unknown prefix '\(letters)'")
        }
        return (prefix, String(value.dropFirst(letters.count)))
    }

    private func predicate(_ prefix: DatePrefix, _ range: DateRange) -> ResourceQuery.Predicate {
        switch prefix {
        case .eq: return .all([.low(.greaterThanOrEqual, range.low), .high(.lessThanOrEqual, range.high)])
        case .ne: return .not(.all([.low(.greaterThanOrEqual, range.low), .high(.lessThanOrEqual, range.high)]))
        case .gt: return .high(.greaterThan, range.high)
        case .lt: return .low(.lessThan, range.low)
        case .ge: return .high(.greaterThanOrEqual, range.low)
        case .le: return .low(.lessThanOrEqual, range.high)
        case .sa: return .low(.greaterThan, range.high)
        case .eb: return .high(.lessThan, range.low)
        case .ap:
            // Approximately: the value's range widened by a tenth of its distance from now, and
            // by at least a day, overlaps the resource's range.
            let margin = max(abs(now - range.low) / 10, 86_400_000)
            return .all([.low(.lessThanOrEqual, range.high + margin), .high(.greaterThanOrEqual, range.low - margin)])
        }
    }
}
