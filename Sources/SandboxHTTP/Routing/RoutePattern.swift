/// A route path such as `/fhir/r4/:type/:id` or `/anthropic/*`, split into segments once.
///
/// A segment is either literal text, `:name` (any one segment, captured under `name`) or, as
/// the last segment only, `*` (the rest of the path, zero or more segments). Literal text is
/// compared with the raw, still percent-encoded request path, byte for byte.
struct RoutePattern: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        case rest
    }

    let text: String
    let segments: [Segment]
    /// Orders overlapping patterns: literal beats `:name`, which beats `*`, segment by segment.
    let rank: [UInt8]

    /// Parses `text`; a malformed pattern is a programming error and stops the process.
    init(_ text: String) {
        guard text.hasPrefix("/") else { fatalError("route pattern must start with '/': \(text)") }
        let parts = RoutePattern.split(path: text)
        let segments = parts.map { part -> Segment in
            if part == "*" { return .rest }
            if part.hasPrefix(":") && part.count > 1 { return .parameter(String(part.dropFirst())) }
            return .literal(String(part))
        }
        if let star = segments.firstIndex(of: .rest), star != segments.count - 1 {
            fatalError("'*' must be the last segment of a route pattern: \(text)")
        }
        self.text = text
        self.segments = segments
        self.rank = RoutePattern.rank(of: segments)
    }

    /// The segments of a raw path: the text between slashes, empty ones included.
    static func split(path: String) -> [Substring] {
        let trimmed = path.hasPrefix("/") ? path.dropFirst() : Substring(path)
        return trimmed.split(separator: "/", omittingEmptySubsequences: false)
    }

    /// Whether the pattern matches the split request path.
    func matches(_ path: [Substring]) -> Bool {
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .rest: return true
            case .parameter: guard index < path.count else { return false }
            case .literal(let text): guard index < path.count, path[index] == text else { return false }
            }
        }
        return path.count == segments.count
    }

    /// The captures of a path that ``matches(_:)``.
    func capture(_ path: [Substring]) -> RouteMatch {
        var parameters: [(name: String, value: String)] = []
        var rest: String?
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .literal: continue
            case .parameter(let name): parameters.append((name: name, value: String(path[index])))
            case .rest: rest = path[index...].joined(separator: "/")
            }
        }
        return RouteMatch(pattern: text, parameters: parameters, rest: rest)
    }

    private static func rank(of segments: [Segment]) -> [UInt8] {
        let ranks: [UInt8] = segments.map {
            switch $0 {
            case .literal: 2
            case .parameter: 1
            case .rest: 0
            }
        }
        // A pattern that ends without `*` outranks one that could also match longer paths.
        return segments.last == .rest ? ranks : ranks + [3]
    }
}
