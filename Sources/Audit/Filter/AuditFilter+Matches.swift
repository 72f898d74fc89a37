extension AuditFilter {
    /// A condition on the HTTP status.
    package enum StatusMatch: Sendable, Equatable {
        /// Exactly this status, such as 404.
        case exactly(Int)
        /// Any status of this class: `.inClass(4)` is 400 to 499.
        case inClass(Int)

        /// Reads `404` or `4xx` (`4XX` too); nil for anything else, including statuses outside
        /// 100 to 599.
        package init?(text: String) {
            let bytes = Array(text.utf8)
            guard bytes.count == 3, let first = bytes.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(first)
            else { return nil }
            let rest = text.dropFirst()
            if rest.lowercased() == "xx" {
                self = .inClass(Int(first - UInt8(ascii: "0")))
            } else if rest.allSatisfy(\.isASCIIDigit), let status = Int(text) {
                self = .exactly(status)
            } else {
                return nil
            }
        }

        /// The statuses matched, as a closed range.
        package var range: ClosedRange<Int> {
            switch self {
            case .exactly(let status): status...status
            case .inClass(let hundreds): (hundreds * 100)...(hundreds * 100 + 99)
            }
        }
    }

    /// A condition on the fault rule that answered a request.
    package enum FaultMatch: Sendable, Equatable {
        /// Some fault rule answered.
        case anyRule
        /// No fault rule answered.
        case noRule
        /// The rule with this id answered.
        case rule(String)

        /// Reads `any`, `none`, or a rule id.
        ///
        /// A rule whose id is `any` or `none` cannot be picked out on its own: those words
        /// always mean every rule or no rule.
        package init(text: String) {
            switch text {
            case "any": self = .anyRule
            case "none": self = .noRule
            default: self = .rule(text)
            }
        }
    }
}

extension Character {
    /// Whether this is one of `0` to `9`.
    var isASCIIDigit: Bool {
        ("0"..."9").contains(self)
    }
}
