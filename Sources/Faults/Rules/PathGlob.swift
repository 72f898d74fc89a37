/// A path pattern such as `/fhir/r4/*/_search` or `/v1/*/chart/**`, matched segment by segment.
///
/// `*` stands for exactly one segment, `**` for any number of segments (none included), and any
/// other segment must equal the request's segment byte for byte, still percent-encoded. A
/// trailing slash is a segment of its own (an empty one), as on the wire.
package struct PathGlob: Sendable, Equatable, CustomStringConvertible {
    private enum Segment: Sendable, Equatable {
        case literal(Substring)
        case one
        case any
    }

    private let segments: [Segment]
    /// The pattern as written.
    package let description: String

    /// Reads `text`, which must start with `/`.
    package init?(_ text: String) {
        guard text.hasPrefix("/") else { return nil }
        segments = Self.split(text).map { part in
            switch part {
            case "*": .one
            case "**": .any
            default: .literal(part)
            }
        }
        description = text
    }

    /// Whether the raw request path fits the pattern.
    ///
    /// Dynamic programming over (pattern segment, path segment) pairs, so a pattern with many
    /// `**` costs time in proportion to the product of the lengths, never exponential time.
    package func matches(_ path: String) -> Bool {
        let parts = Self.split(path)
        // reachable[j]: the pattern read so far can consume exactly the first j path segments.
        var reachable = [Bool](repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            switch segment {
            case .any:
                var seen = false
                for index in 0...parts.count {
                    seen = seen || reachable[index]
                    next[index] = seen
                }
            case .one:
                for index in 0..<parts.count where reachable[index] { next[index + 1] = true }
            case .literal(let text):
                for index in 0..<parts.count where reachable[index] && parts[index] == text { next[index + 1] = true }
            }
            reachable = next
        }
        return reachable[parts.count]
    }

    private static func split(_ path: String) -> [Substring] {
        path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    }
}
