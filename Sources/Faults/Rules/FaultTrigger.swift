import SandboxSupport

/// When a matching request makes a rule fire.
///
/// A rule counts the requests that match it (and fall inside its window, when it has one),
/// starting at 1. The count conditions are:
/// - none: every matching request;
/// - `nth`: only the request counted N;
/// - `after`: every request counted above N;
/// - `times`: the requests counted 1 to N, or with `after: A` the ones counted A+1 to A+N.
///
/// With `probability`, the rule also draws once for every matching request, in order, from its
/// own seeded generator, and fires only when the count condition holds and the draw falls under
/// the probability. The same seed and the same request order give the same schedule.
package struct FaultTrigger: Sendable, Equatable {
    /// The simulated time span in which requests count: `from` inclusive, `until` exclusive.
    package struct Window: Sendable, Equatable {
        package var from: Int64?
        package var until: Int64?

        package init(from: Int64? = nil, until: Int64? = nil) {
            self.from = from
            self.until = until
        }

        package func contains(_ instant: Int64) -> Bool {
            (from.map { instant >= $0 } ?? true) && (until.map { instant < $0 } ?? true)
        }
    }

    package var nth: Int?
    package var after: Int?
    package var times: Int?
    package var window: Window?
    package var probability: Double?

    package init(
        nth: Int? = nil,
        after: Int? = nil,
        times: Int? = nil,
        window: Window? = nil,
        probability: Double? = nil
    ) {
        self.nth = nth
        self.after = after
        self.times = times
        self.window = window
        self.probability = probability
    }

    /// Whether a request at `now` counts at all.
    func counts(at now: Int64) -> Bool {
        window?.contains(now) ?? true
    }

    /// Whether the request counted `count` (from 1) meets the count conditions.
    func admits(count: Int) -> Bool {
        if let nth { return count == nth }
        let skipped = after ?? 0
        guard count > skipped else { return false }
        if let times { return count <= skipped + times }
        return true
    }
}

// MARK: - JSON

extension FaultTrigger {
    static let members = ["every", "nth", "after", "times", "window", "probability"]

    /// Reads a `when` object.
    init(reader: FieldReader) throws(FaultsError) {
        try reader.rejectUnknown(Self.members)
        nth = try reader.int("nth", in: 1...Int(Int32.max))
        after = try reader.int("after", in: 0...Int(Int32.max))
        times = try reader.int("times", in: 1...Int(Int32.max))
        probability = try reader.double("probability", in: 0...1)
        if let windowReader = try reader.object("window") {
            window = try Self.window(windowReader)
        }
        try checkCombination(reader: reader)
    }

    private static func window(_ reader: FieldReader) throws(FaultsError) -> Window {
        try reader.rejectUnknown(["from", "until"])
        let from = try reader.string("from").map { (text) throws(FaultsError) in
            try InstantText.require(text, field: reader.path + "from")
        }
        let until = try reader.string("until").map { (text) throws(FaultsError) in
            try InstantText.require(text, field: reader.path + "until")
        }
        guard from != nil || until != nil else {
            throw .invalidField(String(reader.path.dropLast()), "needs from or until")
        }
        if let from, let until, until <= from {
            throw .invalidField(reader.path + "until", "must be later than from")
        }
        return Window(from: from, until: until)
    }

    private func checkCombination(reader: FieldReader) throws(FaultsError) {
        if nth != nil, after != nil || times != nil {
            throw .invalidField(reader.path + "nth", "cannot be combined with after or times")
        }
        if try reader.bool("every") == true, nth != nil || after != nil || times != nil {
            throw .invalidField(reader.path + "every", "cannot be combined with nth, after or times")
        }
    }

    var json: JSONValue {
        let windowJSON: JSONValue? = window.map { window in
            .object([
                "from": window.from.map { .string(InstantText.format($0)) },
                "until": window.until.map { .string(InstantText.format($0)) },
            ])
        }
        return .object([
            "nth": nth.map(JSONValue.int),
            "after": after.map(JSONValue.int),
            "times": times.map(JSONValue.int),
            "window": windowJSON,
            "probability": probability.map(JSONValue.double),
        ])
    }
}
