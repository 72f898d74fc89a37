import SandboxHTTP
import SandboxSupport

/// Which requests a rule is about: every condition given must hold.
///
/// An empty match takes every request except the sandbox's own admin API, which a rule reaches
/// only when it names `family: admin` itself, so a broad rule cannot lock a user out of the
/// routes that remove it.
package struct FaultMatch: Sendable, Equatable {
    /// A header the request must carry, with a given value when `value` is set.
    package struct HeaderCondition: Sendable, Equatable {
        package var name: String
        package var value: String?

        package init(name: String, value: String? = nil) {
            self.name = name
            self.value = value
        }
    }

    /// Compared without regard to case, as `GET`.
    package var method: String?
    package var path: PathGlob?
    package var family: RouteFamily?
    /// Compared exactly: `Patient` or, for v1, `patients`.
    package var resourceType: String?
    package var clientID: String?
    package var header: HeaderCondition?

    package init(
        method: String? = nil,
        path: PathGlob? = nil,
        family: RouteFamily? = nil,
        resourceType: String? = nil,
        clientID: String? = nil,
        header: HeaderCondition? = nil
    ) {
        self.method = method
        self.path = path
        self.family = family
        self.resourceType = resourceType
        self.clientID = clientID
        self.header = header
    }

    /// Whether `facts` meet every condition.
    package func matches(_ facts: RequestFacts) -> Bool {
        guard facts.family != .admin || family == .admin else { return false }
        if let method, method.uppercased() != facts.method.uppercased() { return false }
        if let path, !path.matches(facts.path) { return false }
        if let family, family != facts.family { return false }
        if let resourceType, resourceType != facts.resourceType { return false }
        if let clientID, clientID != facts.clientID { return false }
        if let header, !Self.headers(facts.headers, meet: header) { return false }
        return true
    }

    private static func headers(_ headers: HTTPHeaders, meet condition: HeaderCondition) -> Bool {
        guard let expected = condition.value else { return headers.contains(condition.name) }
        return headers.values(for: condition.name).contains(expected)
    }
}

// MARK: - JSON

extension FaultMatch {
    static let members = ["method", "path", "family", "resourceType", "clientID", "header"]

    /// Reads a `match` object.
    init(reader: FieldReader) throws(FaultsError) {
        try reader.rejectUnknown(Self.members)
        method = try reader.string("method")?.uppercased()
        if let text = try reader.string("path") {
            guard let glob = PathGlob(text) else { throw .invalidField(reader.path + "path", "must start with /") }
            path = glob
        }
        family = try reader.choice("family", RouteFamily.allCases.map(\.rawValue)).flatMap(RouteFamily.init)
        resourceType = try reader.string("resourceType")
        clientID = try reader.string("clientID")
        if let headerReader = try reader.object("header") {
            try headerReader.rejectUnknown(["name", "value"])
            header = HeaderCondition(
                name: try headerReader.requiredString("name"),
                value: try headerReader.string("value")
            )
        }
    }

    var json: JSONValue {
        .object([
            "method": method.map(JSONValue.string),
            "path": path.map { .string($0.description) },
            "family": family.map { .string($0.rawValue) },
            "resourceType": resourceType.map(JSONValue.string),
            "clientID": clientID.map(JSONValue.string),
            "header": header.map { .object(["name": .string($0.name), "value": $0.value.map(JSONValue.string)]) },
        ])
    }
}
