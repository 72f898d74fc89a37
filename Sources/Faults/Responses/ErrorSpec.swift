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
        headers = HTTPHeaders(try reader.stringPairs("headers") ?? [])
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
