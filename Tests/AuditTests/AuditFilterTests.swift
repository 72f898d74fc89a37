import SandboxSupport
import Testing

@testable import Audit

@Suite struct AuditFilterTests {
    /// The store holding ``Sample/varied``, sequences 1 to 8.
    private static func storeWithVariedEntries(in file: TemporaryAuditFile) throws -> AuditStore {
        let store = try file.makeStore()
        try store.append(Sample.varied)
        return store
    }

    private static let cases: [(String, AuditFilter, [Int])] = [
        ("nothing", AuditFilter(), [1, 2, 3, 4, 5, 6, 7, 8]),
        ("after", AuditFilter(afterSequence: 5), [6, 7, 8]),
        ("since", AuditFilter(since: Sample.start + 3_000), [3, 4, 5, 6, 7, 8]),
        ("until", AuditFilter(until: Sample.start + 3_000), [1, 2, 3]),
        ("since and until", AuditFilter(since: Sample.start + 2_000, until: Sample.start + 4_000), [2, 3, 4]),
        ("client", AuditFilter(clientID: "b"), [3, 4, 7]),
        ("family fhir", AuditFilter(family: "fhir"), [1, 2, 4, 5, 8]),
        ("family admin", AuditFilter(family: "admin"), [7]),
        ("method", AuditFilter(method: "POST"), [3, 6]),
        ("exact status", AuditFilter(status: .exactly(200)), [1, 2, 5]),
        ("status class 4xx", AuditFilter(status: .inClass(4)), [3, 6, 8]),
        ("status class 5xx", AuditFilter(status: .inClass(5)), [4]),
        ("status class 2xx", AuditFilter(status: .inClass(2)), [1, 2, 5, 7]),
        ("path prefix", AuditFilter(pathPrefix: "/fhir/r4/Observation"), [2, 4]),
        ("path prefix with query", AuditFilter(pathPrefix: "/fhir/r4/Observation?patient=p2"), [4]),
        ("patient", AuditFilter(patientID: "p2"), [4, 8]),
        ("request id", AuditFilter(requestID: "req-6"), [6]),
        ("any fault", AuditFilter(fault: .anyRule), [4, 6]),
        ("no fault", AuditFilter(fault: .noRule), [1, 2, 3, 5, 7, 8]),
        ("one fault rule", AuditFilter(fault: .rule("rate-1")), [6]),
        ("limit", AuditFilter(limit: 3), [1, 2, 3]),
        ("after and limit", AuditFilter(afterSequence: 2, limit: 2), [3, 4]),
        ("combined", AuditFilter(clientID: "a", family: "fhir", status: .inClass(2)), [1, 2]),
    ]

    @Test(arguments: cases)
    func eachFilterSelectsItsEntriesInSequenceOrder(name: String, filter: AuditFilter, expected: [Int]) throws {
        let file = TemporaryAuditFile()
        let store = try Self.storeWithVariedEntries(in: file)

        let found = try store.entries(matching: filter)

        #expect(found.map(\.sequence) == expected.map(Int64.init), "\(name)")
        #expect(found.map(\.requestID) == expected.map { "req-\($0)" }, "\(name)")
    }

    @Test func aPathPrefixTreatsPercentAndUnderscoreAsPlainCharactersAndKeepsCase() throws {
        let file = TemporaryAuditFile()
        let store = try file.makeStore()
        try store.append([
            Sample.entry(1, path: "/v1/195900/patients/a_b%20c"),
            Sample.entry(2, path: "/v1/195900/patients/axbyc"),
            Sample.entry(3, path: "/V1/195900/patients/a_b%20c"),
        ])

        let found = try store.entries(matching: AuditFilter(pathPrefix: "/v1/195900/patients/a_b%"))
        #expect(found.map(\.requestID) == ["req-1"])
    }

    @Test func limitsAreKeptBetweenOneAndTheMaximum() {
        #expect(AuditFilter().limit == 1_000)
        #expect(AuditFilter(limit: 50_000).limit == AuditFilter.maximumLimit)
        #expect(AuditFilter(limit: 0).limit == 1)
        var filter = AuditFilter()
        filter.limit = -5
        #expect(filter.limit == 1)
    }

    @Test func randomFiltersAgreeWithAPlainReadingOfTheirConditions() throws {
        let file = TemporaryAuditFile()
        let store = try file.makeStore()
        var generator = SeededGenerator(seed: 7)
        let entries = (1...300).map { Self.randomEntry($0, using: &generator) }
        try store.append(entries)

        var nonEmptyCount = 0
        for _ in 0..<200 {
            let filter = Self.randomFilter(using: &generator)
            let expected = zip(1..., entries).filter { Self.holds(filter, for: $0.1, sequence: Int64($0.0)) }
                .prefix(filter.limit).map { Int64($0.0) }
            #expect(try store.entries(matching: filter).map(\.sequence) == Array(expected))
            nonEmptyCount += expected.isEmpty ? 0 : 1
        }
        // Most filters must select something, or agreeing on empty results would prove little.
        #expect(nonEmptyCount > 100)
    }

    // MARK: - Random entries and filters

    private static let clients: [String?] = ["a", "b", "c", nil]
    private static let statuses = [200, 201, 204, 302, 400, 401, 403, 404, 429, 500, 503]
    private static let paths = [
        "/fhir/r4/Patient/p1", "/fhir/r4/Observation?patient=p2", "/oauth2/v1/token",
        "/v1/195900/appointments/1", "/openai/v1/chat/completions", "/_sandbox/audit",
    ]

    private static func randomEntry(_ number: Int, using generator: inout SeededGenerator) -> AuditEntry {
        var entry = Sample.entry(
            number,
            method: ["GET", "POST", "PUT", "DELETE"].randomElement(using: &generator) ?? "GET",
            path: paths.randomElement(using: &generator),
            status: statuses.randomElement(using: &generator) ?? 200,
            clientID: clients.randomElement(using: &generator) ?? nil,
            patientID: ["p1", "p2", nil].randomElement(using: &generator) ?? nil,
            faultRuleID: ["f1", "f2", nil, nil].randomElement(using: &generator) ?? nil
        )
        entry.simulatedTime = Sample.start + Int64.random(in: 0..<100_000, using: &generator)
        return entry
    }

    private static func randomFilter(using generator: inout SeededGenerator) -> AuditFilter {
        func maybe<T>(_ value: T) -> T? {
            Bool.random(using: &generator) && Bool.random(using: &generator) ? value : nil
        }
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &generator)] }
        let status: AuditFilter.StatusMatch =
            Bool.random(using: &generator)
            ? .inClass(Int.random(in: 2...5, using: &generator)) : .exactly(pick(statuses))
        return AuditFilter(
            afterSequence: maybe(Int64.random(in: 0..<300, using: &generator)),
            since: maybe(Sample.start + Int64.random(in: 0..<100_000, using: &generator)),
            until: maybe(Sample.start + Int64.random(in: 0..<100_000, using: &generator)),
            clientID: maybe(pick(["a", "b", "c"])),
            family: maybe(pick(["fhir", "oauth", "v1", "openai", "admin"])),
            method: maybe(pick(["GET", "POST"])),
            status: maybe(status),
            pathPrefix: maybe(pick(["/fhir/r4/", "/fhir/r4/Observation?", "/o"])),
            patientID: maybe(pick(["p1", "p2"])),
            requestID: maybe("req-\(Int.random(in: 1...300, using: &generator))"),
            fault: maybe(pick([.anyRule, .noRule, .rule("f1")])),
            limit: Int.random(in: 1...400, using: &generator)
        )
    }

    /// The filter's conditions, read one by one.
    private static func holds(_ filter: AuditFilter, for entry: AuditEntry, sequence: Int64) -> Bool {
        let fault: Bool =
            switch filter.fault {
            case nil: true
            case .anyRule: entry.faultRuleID != nil
            case .noRule: entry.faultRuleID == nil
            case .rule(let id): entry.faultRuleID == id
            }
        return fault
            && filter.afterSequence.map { sequence > $0 } ?? true
            && filter.since.map { entry.simulatedTime >= $0 } ?? true
            && filter.until.map { entry.simulatedTime <= $0 } ?? true
            && filter.clientID.map { entry.clientID == $0 } ?? true
            && filter.family.map { entry.family == $0 } ?? true
            && filter.method.map { entry.method == $0 } ?? true
            && filter.status.map { $0.range.contains(entry.status) } ?? true
            && filter.pathPrefix.map { entry.path.hasPrefix($0) } ?? true
            && filter.patientID.map { entry.patientID == $0 } ?? true
            && filter.requestID.map { entry.requestID == $0 } ?? true
    }
}
