/// The `self` and `next` links of a searchset: absolute, built from the base URL the client
/// used, with the page size the server actually applied and values percent-encoded so that
/// following a link verbatim repeats the search exactly (a `+` in an offset goes out as `%2B`).
package struct SearchLinks: Sendable {
    package var baseURL: String
    package var type: String
    /// The criteria as the client gave them, in order; left-out (ignored) criteria are not here.
    package var criteria: [SearchCriterion]

    package init(baseURL: String, type: String, criteria: [SearchCriterion]) {
        self.baseURL = baseURL
        self.type = type
        self.criteria = criteria
    }

    /// `self`, then `next` when there is a next page.
    package func links(for page: SearchPage, cursor: Int64?) -> [(relation: String, url: String)] {
        var links = [(relation: "self", url: url(count: page.appliedCount, cursor: cursor))]
        if let next = page.nextPosition {
            links.append((relation: "next", url: url(count: page.appliedCount, cursor: next)))
        }
        return links
    }

    private func url(count: Int, cursor: Int64?) -> String {
        var pairs = criteria.map { (Self.encode($0.rawName), Self.encode($0.rawValue)) }
        pairs.append(("_count", String(count)))
        if let cursor { pairs.append(("cursor", String(cursor))) }
        let query = pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        return "\(baseURL)/\(type)?\(query)"
    }

    /// Percent-encodes everything but unreserved characters and `:`, `/` and `,`, which read
    /// better left alone and mean the same either way.
    package static func encode(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isLeftAlone(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                output.unicodeScalars.append("%")
                output.unicodeScalars.append(hex[Int(byte >> 4)])
                output.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return output
    }

    private static func isLeftAlone(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"),
            UInt8(ascii: "/"), UInt8(ascii: ","):
            true
        default:
            false
        }
    }
}
