extension AuditFilter {
    /// The query parameters ``init(parameters:)`` reads, each standing for one field.
    package static let parameterNames: [String] = [
        "after", "since", "until", "client", "family", "method", "status", "path", "patient", "requestId",
        "fault", "limit",
    ]

    /// A filter read from decoded query parameters such as `status=4xx&client=0oa1&limit=50`.
    ///
    /// - `after`: a sequence number (0 or more); `limit`: 1 or more, lowered to
    ///   ``maximumLimit``.
    /// - `since`, `until`: instants or dates, as ``InstantText`` reads them.
    /// - `status`: `404` or `4xx`; `fault`: `any`, `none` or a rule id; `method` is
    ///   upper-cased.
    /// - `client`, `family`, `path` (a prefix), `patient`, `requestId`: text, matched exactly.
    ///
    /// An empty value counts as absent.
    ///
    /// - Throws: ``AuditFilterError`` for an unknown or repeated name or a malformed value.
    package init(parameters: [(name: String, value: String)]) throws(AuditFilterError) {
        self.init()
        var seen: Set<String> = []
        for (name, value) in parameters {
            guard Self.parameterNames.contains(name) else { throw .unknownParameter(name) }
            guard seen.insert(name).inserted else { throw .repeatedParameter(name) }
            guard !value.isEmpty else { continue }
            try set(name, to: value)
        }
    }

    private mutating func set(_ name: String, to value: String) throws(AuditFilterError) {
        switch name {
        case "after": afterSequence = try Self.integer(value, name: name, minimum: 0)
        case "since": since = try Self.instant(value, name: name)
        case "until": until = try Self.instant(value, name: name)
        case "client": clientID = value
        case "family": family = value
        case "method": method = value.uppercased()
        case "status": status = try Self.status(value, name: name)
        case "path": pathPrefix = value
        case "patient": patientID = value
        case "requestId": requestID = value
        case "fault": fault = FaultMatch(text: value)
        case "limit": limit = Int(clamping: try Self.integer(value, name: name, minimum: 1))
        default: throw .unknownParameter(name)
        }
    }

    private static func integer(_ text: String, name: String, minimum: Int64) throws(AuditFilterError) -> Int64 {
        guard text.allSatisfy(\.isASCIIDigit), let number = Int64(text), number >= minimum else {
            throw .invalidValue(name, expected: "a whole number of at least \(minimum)")
        }
        return number
    }

    private static func instant(_ text: String, name: String) throws(AuditFilterError) -> Int64 {
        guard let milliseconds = InstantText.milliseconds(from: text) else {
            throw .invalidValue(name, expected: "an instant such as 2026-01-15T14:00:00Z, or a date")
        }
        return milliseconds
    }

    private static func status(_ text: String, name: String) throws(AuditFilterError) -> StatusMatch {
        guard let match = StatusMatch(text: text) else {
            throw .invalidValue(name, expected: "a status such as 404, or a class such as 4xx")
        }
        return match
    }
}
