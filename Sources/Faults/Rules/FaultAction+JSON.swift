import SandboxSupport

extension FaultAction {
    /// The default and the longest `hang`, in milliseconds.
    static let defaultHangMilliseconds = 120_000
    /// The longest pause `delay` and `hang` accept: ten minutes.
    static let longestPause = 600_000

    /// Reads an `action` object: `{"type": "status", "status": 503, ...}`.
    init(reader: FieldReader) throws(FaultsError) {
        let type = try reader.requiredString("type")
        guard Self.names.contains(type) else {
            throw .invalidField(reader.path + "type", "must be one of \(Self.names.joined(separator: ", "))")
        }
        try reader.rejectUnknown(["type"] + Self.members(of: type))
        self = try Self.read(type, reader)
    }

    private static func members(of type: String) -> [String] {
        switch type {
        case "status", "writeErrorButCommitted": ErrorSpec.members
        case "rateLimit": RateLimitSpec.members
        case "delay": ["ms", "minMs", "maxMs"]
        case "hang": ["maxMs"]
        case "truncate": ["bytes"]
        case "slowBody": ["bytesPerSecond"]
        case "wrongContentType": ["contentType"]
        case "nextLinkSkips": ["skip"]
        case "relativeNextLinks": ["style"]
        default: []
        }
    }

    private static func read(_ type: String, _ reader: FieldReader) throws(FaultsError) -> FaultAction {
        switch type {
        case "status": return .status(try ErrorSpec(reader: reader, defaultStatus: nil))
        case "rateLimit": return .rateLimit(try RateLimitSpec(reader: reader))
        case "delay": return try delay(reader)
        case "hang":
            let most = try reader.int("maxMs", in: 1...longestPause) ?? defaultHangMilliseconds
            return .hang(maxMilliseconds: most)
        case "reset": return .reset
        case "close": return .close
        case "truncate":
            guard let bytes = try reader.int("bytes", in: 0...Int(Int32.max)) else {
                throw .invalidField(reader.path + "bytes", "is required")
            }
            return .truncate(bytes: bytes)
        case "slowBody":
            guard let rate = try reader.int("bytesPerSecond", in: 1...Int(Int32.max)) else {
                throw .invalidField(reader.path + "bytesPerSecond", "is required")
            }
            return .slowBody(bytesPerSecond: rate)
        case "malformedJSON": return .malformedJSON
        case "wrongContentType": return .wrongContentType(try reader.string("contentType") ?? "text/html")
        case "outcomeOnlySearchset": return .outcomeOnlySearchset
        case "nextLinkSkips": return .nextLinkSkips(try reader.int("skip", in: 1...Int(Int32.max)) ?? 1)
        case "writeErrorButCommitted": return .writeErrorButCommitted(try ErrorSpec(reader: reader, defaultStatus: 500))
        default:
            let style = try reader.choice("style", LinkStyle.allCases.map(\.rawValue)).flatMap(LinkStyle.init)
            return .relativeNextLinks(style ?? .relative)
        }
    }

    /// `ms`, or `minMs` and `maxMs`.
    private static func delay(_ reader: FieldReader) throws(FaultsError) -> FaultAction {
        let fixed = try reader.int("ms", in: 0...longestPause)
        let low = try reader.int("minMs", in: 0...longestPause)
        let high = try reader.int("maxMs", in: 0...longestPause)
        switch (fixed, low, high) {
        case (let fixed?, nil, nil):
            return .delay(minMilliseconds: fixed, maxMilliseconds: fixed)
        case (nil, let low?, let high?):
            guard low <= high else { throw .invalidField(reader.path + "maxMs", "must be at least minMs") }
            return .delay(minMilliseconds: low, maxMilliseconds: high)
        default:
            throw .invalidField(reader.path + "ms", "give either ms, or both minMs and maxMs")
        }
    }

    var json: JSONValue {
        var members = [JSONValue.Member("type", .string(name))]
        switch self {
        case .status(let spec), .writeErrorButCommitted(let spec): members += spec.jsonMembers
        case .rateLimit(let spec): members += spec.jsonMembers
        case .delay(let low, let high) where low == high: members.append(.init("ms", .int(low)))
        case .delay(let low, let high): members += [.init("minMs", .int(low)), .init("maxMs", .int(high))]
        case .hang(let most): members.append(.init("maxMs", .int(most)))
        case .truncate(let bytes): members.append(.init("bytes", .int(bytes)))
        case .slowBody(let rate): members.append(.init("bytesPerSecond", .int(rate)))
        case .wrongContentType(let type): members.append(.init("contentType", .string(type)))
        case .nextLinkSkips(let skip): members.append(.init("skip", .int(skip)))
        case .relativeNextLinks(let style): members.append(.init("style", .string(style.rawValue)))
        case .reset, .close, .malformedJSON, .outcomeOnlySearchset: break
        }
        return .object(members)
    }
}
