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
    package func matches(_ path: String) -> Bool {
        Self.matches(segments[...], Self.split(path)[...])
    }

    private static func matches(_ pattern: ArraySlice<Segment>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        switch head {
        case .any:
            let rest = pattern.dropFirst()
            return (path.startIndex...path.endIndex).contains { matches(rest, path[$0...]) }
        case .one:
            return !path.isEmpty && matches(pattern.dropFirst(), path.dropFirst())
        case .literal(let text):
            return path.first == text && matches(pattern.dropFirst(), path.dropFirst())
        }
    }

    private static func split(_ path: String) -> [Substring] {
        path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    }
}
