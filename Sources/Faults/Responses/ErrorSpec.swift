package import SandboxHTTP
import SandboxSupport

/// An error answer a rule sends: its status, format, message and extra headers.
package struct ErrorSpec: Sendable, Equatable {
    package var status: Int
    package var format: ErrorFormat
    /// The words of the error; each format has its own default for the status.
    package var message: String?
    /// Added to the answer, replacing any header of the same name.
    package var headers: HTTPHeaders

    package init(status: Int, format: ErrorFormat = .native, message: String? = nil, headers: HTTPHeaders = [:]) {
        self.status = status
        self.format = format
        self.message = message
        self.headers = headers
    }

    /// The answer for a request with `facts`.
    package func response(for facts: RequestFacts) -> HTTPResponse {
        var response = ErrorBody.response(
            status: status,
            format: format,
            message: message,
            facts: facts
        )
        for field in headers {
            response.headers.replaceOrAdd(name: field.name, value: field.value)
        }
        return response
    }
}

// MARK: - JSON

extension ErrorSpec {
    static let members = ["status", "format", "message", "headers"]

    /// Reads the members of an action that answers with an error.
    init(reader: FieldReader, defaultStatus: Int?) throws(FaultsError) {
        let status = try reader.int("status", in: 400...599) ?? defaultStatus
        guard let status else { throw .invalidField(reader.path + "status", "is required") }
        self.status = status
        format = try reader.choice("format", ErrorFormat.names).flatMap(ErrorFormat.init(name:)) ?? .native
        message = try reader.string("message")
        let pairs = try reader.stringPairs("headers") ?? []
        if let bad = pairs.first(where: { !Self.isToken($0.name) || !Self.isFieldValue($0.value) }) {
            throw .invalidField(reader.path + "headers", "'\(bad.name)' is not a header HTTP can carry")
        }
        headers = HTTPHeaders(pairs)
    }

    /// An RFC 9110 token: visible ASCII except separators.
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                byte > 0x20 && byte < 0x7F && !"\"(),/:;<=>?@[\\]{}".utf8.contains(byte)
            }
    }

    /// A field value: no control characters (so no CR or LF), tabs allowed.
    static func isFieldValue(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }
    }

    /// The members this spec writes into an action object.
    var jsonMembers: [JSONValue.Member] {
        var members = [JSONValue.Member("status", .int(status)), JSONValue.Member("format", .string(format.name))]
        if let message { members.append(JSONValue.Member("message", .string(message))) }
        if !headers.isEmpty {
            members.append(
                JSONValue.Member("headers", .object(headers.map { JSONValue.Member($0.name, .string($0.value)) }))
            )
        }
        return members
    }
}
