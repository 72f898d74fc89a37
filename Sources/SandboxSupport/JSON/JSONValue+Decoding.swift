import Foundation

/// Reading JSON text, through Foundation's `JSONDecoder`.
extension JSONValue: Decodable {
    /// Parses UTF-8 JSON text.
    ///
    /// - Throws: ``JSONParseError`` when the text is not one well-formed JSON value, or nests
    ///   deeper than ``maximumDepth``.
    package static func parse(_ bytes: some Collection<UInt8>) throws(JSONParseError) -> JSONValue {
        let data = Data(bytes)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let error as JSONParseError {
            throw error
        } catch {
            throw JSONParseError(message: Self.describe(error))
        }
    }

    /// Parses JSON text held in a string.
    package static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// How deep arrays and objects may nest before a document is refused.
    package static let maximumDepth = 100

    public init(from decoder: any Decoder) throws {
        guard decoder.codingPath.count <= Self.maximumDepth else {
            throw JSONParseError(message: "JSON nests deeper than \(Self.maximumDepth) levels")
        }
        if var container = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !container.isAtEnd {
                elements.append(try container.decode(JSONValue.self))
            }
            self = .array(elements)
        } else if let container = try? decoder.container(keyedBy: AnyKey.self) {
            let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
            self = .object(try keys.map { Member($0.stringValue, try container.decode(JSONValue.self, forKey: $0)) })
        } else {
            self = try Self.decodeScalar(try decoder.singleValueContainer())
        }
    }

    private static func decodeScalar(_ container: any SingleValueDecodingContainer) throws -> JSONValue {
        if container.decodeNil() { return .null }
        if let bool = try? container.decode(Bool.self) { return .bool(bool) }
        if let int = try? container.decode(Int.self) { return .int(int) }
        if let double = try? container.decode(Double.self) { return .double(double) }
        return .string(try container.decode(String.self))
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        default:
            return "the body is not valid JSON"
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// JSON text that could not be read.
package struct JSONParseError: Error, Sendable, CustomStringConvertible {
    /// What was wrong, in words fit for an error response; it never quotes the document.
    package var message: String

    package var description: String { message }
}
