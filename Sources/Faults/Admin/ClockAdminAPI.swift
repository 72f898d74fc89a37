import SandboxHTTP
import SandboxSupport

/// `/_sandbox/clock`: read the simulated clock, set it, or move it on.
struct ClockAdminAPI: Sendable {
    let clock: SimulatedClock

    func register(on router: inout Router) {
        router.get("/_sandbox/clock") { _, _ in read() }
        router.post("/_sandbox/clock") { request, _ in change(request) }
        AdminJSON.refuseOtherMethods(on: &router, "/_sandbox/clock", allowed: ["GET", "POST"])
    }

    /// `{"now": <milliseconds>, "iso": "2026-01-15T14:00:00.000+00:00"}`.
    func read() -> HTTPResponse {
        let now = clock.now
        return AdminJSON.json(.object(["now": .int(Int(now)), "iso": .string(InstantText.format(now))]))
    }

    /// One of `{"set": "<instant>"}`, `{"advance": "61m"}` or `{"advanceMilliseconds": N}`.
    func change(_ request: HTTPRequest) -> HTTPResponse {
        do throws(FaultsError) {
            let reader = try FieldReader(try AdminJSON.object(of: request), name: "")
            try reader.rejectUnknown(["set", "advance", "advanceMilliseconds"])
            let given = ["set", "advance", "advanceMilliseconds"].filter { reader.value($0) != nil }
            guard given.count == 1 else {
                throw .invalidField("body", "give exactly one of set, advance or advanceMilliseconds")
            }
            try apply(given[0], reader)
            return read()
        } catch {
            return AdminJSON.failure(error)
        }
    }

    /// The instants the clock may stand at: years 1 to 9999, which every date format can write.
    static let allowedRange: ClosedRange<Int64> = -62_135_596_800_000...253_402_300_799_999

    private func apply(_ member: String, _ reader: FieldReader) throws(FaultsError) {
        switch member {
        case "set":
            let target = try InstantText.require(try reader.requiredString("set"), field: "set")
            clock.set(to: try Self.checked(target, field: "set"))
        case "advance":
            let text = try reader.requiredString("advance")
            guard let milliseconds = DurationText.parse(text) else {
                throw .invalidField("advance", "must be a duration such as 61m, 2h, 30s, 1500ms or 1h30m")
            }
            try advance(by: milliseconds, field: "advance")
        default:
            let range = -Int(Int32.max) * 1000...Int(Int32.max) * 1000
            guard let milliseconds = try reader.int("advanceMilliseconds", in: range) else { return }
            try advance(by: Int64(milliseconds), field: "advanceMilliseconds")
        }
    }

    private func advance(by milliseconds: Int64, field: String) throws(FaultsError) {
        let (target, overflow) = clock.now.addingReportingOverflow(milliseconds)
        guard !overflow else { throw .invalidField(field, "would move the clock outside the years 1 to 9999") }
        _ = try Self.checked(target, field: field)
        clock.advance(byMilliseconds: milliseconds)
    }

    private static func checked(_ target: Int64, field: String) throws(FaultsError) -> Int64 {
        guard allowedRange.contains(target) else {
            throw .invalidField(field, "would move the clock outside the years 1 to 9999")
        }
        return target
    }
}
