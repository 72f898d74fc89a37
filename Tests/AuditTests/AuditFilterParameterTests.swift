import Testing

@testable import Audit

@Suite struct AuditFilterParameterTests {
    @Test func everyParameterSetsItsField() throws {
        let filter = try AuditFilter(parameters: [
            ("after", "12"), ("since", "2026-01-15T14:00:00Z"), ("until", "2026-01-15T09:30:00.250-05:00"),
            ("client", "0oa1"), ("family", "fhir"), ("method", "post"), ("status", "4xx"),
            ("path", "/fhir/r4/Observation"), ("patient", "a-1"), ("requestId", "r-9"), ("fault", "slow"),
            ("limit", "25"),
        ])

        let expected = AuditFilter(
            afterSequence: 12,
            since: 1_768_485_600_000,
            until: 1_768_487_400_250,
            clientID: "0oa1",
            family: "fhir",
            method: "POST",
            status: .inClass(4),
            pathPrefix: "/fhir/r4/Observation",
            patientID: "a-1",
            requestID: "r-9",
            fault: .rule("slow"),
            limit: 25
        )
        #expect(filter == expected)
    }

    @Test func noParametersAndEmptyValuesMeanNoConditions() throws {
        #expect(try AuditFilter(parameters: []) == AuditFilter())
        #expect(try AuditFilter(parameters: [("status", ""), ("client", "")]) == AuditFilter())
    }

    @Test(arguments: [
        ("404", AuditFilter.StatusMatch.exactly(404)), ("5xx", .inClass(5)), ("2XX", .inClass(2)),
        ("100", .exactly(100)),
    ])
    func statusesReadAsExactCodesOrClasses(text: String, expected: AuditFilter.StatusMatch) {
        #expect(AuditFilter.StatusMatch(text: text) == expected)
    }

    @Test(arguments: ["any", "none", "rule-7"])
    func faultReadsAnyNoneOrARuleID(text: String) throws {
        let expected: AuditFilter.FaultMatch =
            switch text {
            case "any": .anyRule
            case "none": .noRule
            default: .rule(text)
            }
        #expect(try AuditFilter(parameters: [("fault", text)]).fault == expected)
    }

    @Test func aLimitAboveTheMaximumIsLowered() throws {
        #expect(try AuditFilter(parameters: [("limit", "99999999")]).limit == AuditFilter.maximumLimit)
    }

    @Test(arguments: [
        ("after", "-1"), ("after", "12a"), ("after", "1e3"), ("after", "99999999999999999999"),
        ("limit", "0"), ("limit", "ten"), ("status", "4x"), ("status", "600"), ("status", "0xx"),
        ("status", "40"), ("status", "abc"), ("since", "yesterday"), ("since", "2026-02-30"),
        ("until", "2026-01-15T14:00:00"), ("until", "2026-01-15T25:00:00Z"), ("until", "1768485600000"),
    ])
    func malformedValuesAreRefusedNamingTheParameter(name: String, value: String) {
        #expect(throws: AuditFilterError.self) { try AuditFilter(parameters: [(name, value)]) }
        do {
            _ = try AuditFilter(parameters: [(name, value)])
        } catch {
            #expect(error.parameter == name)
        }
    }

    @Test func aRefusalDoesNotRepeatTheValueGiven() {
        do {
            _ = try AuditFilter(parameters: [("since", "patient-Jane-Doe")])
            Issue.record("the value was accepted")
        } catch {
            #expect(error.description == "'since' must be an instant such as 2026-01-15T14:00:00Z, or a date")
        }
    }

    @Test func unknownAndRepeatedParametersAreRefused() {
        #expect(throws: AuditFilterError.unknownParameter("status_code")) {
            try AuditFilter(parameters: [("status_code", "404")])
        }
        #expect(throws: AuditFilterError.repeatedParameter("client")) {
            try AuditFilter(parameters: [("client", "a"), ("client", "b")])
        }
    }
}

@Suite struct InstantTextTests {
    @Test(arguments: [
        ("2026-01-15T14:00:00Z", Int64(1_768_485_600_000)),
        ("2026-01-15T14:00:00.000+00:00", 1_768_485_600_000),
        ("2026-01-15T09:00:00-05:00", 1_768_485_600_000),
        ("2026-01-15T19:30:00+05:30", 1_768_485_600_000),
        // A `+` that a query string decoded to a space.
        ("2026-01-15T19:30:00 05:30", 1_768_485_600_000),
        ("2026-01-15T14:00:00.5Z", 1_768_485_600_500),
        ("2026-01-15T14:00:00.123456789Z", 1_768_485_600_123),
        ("2026-01-15", 1_768_435_200_000),
        ("1970-01-01T00:00:00Z", 0),
        ("2024-02-29", 1_709_164_800_000),
    ])
    func instantsAndDatesReadAsMillisecondsSince1970(text: String, expected: Int64) {
        #expect(InstantText.milliseconds(from: text) == expected)
    }

    @Test(arguments: [
        "", "2026", "2026-1-15", "2026-13-01", "2026-02-29", "2026-01-15T14:00Z", "2026-01-15T14:00:00",
        "2026-01-15T14:00:60Z", "2026-01-15T14:00:00.Z", "2026-01-15T14:00:00+5:00", "2026-01-15T14:00:00Zjunk",
        "2026-01-15T14:00:00+15:00",
    ])
    func malformedInstantsAreRefused(text: String) {
        #expect(InstantText.milliseconds(from: text) == nil)
    }
}
