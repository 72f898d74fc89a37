import Synchronization

/// Gives each request its `X-Request-Id`.
///
/// A well-formed id sent by the client is kept, so a client can follow its own id through
/// the logs. Otherwise the id is `sbx-` and a twelve-digit sequence number counted per
/// server, so a client that sends the same requests in the same order sees the same ids on
/// every run.
package final class RequestIDGenerator: Sendable {
    private let counter = Mutex<UInt64>(0)

    package init() {}

    /// The id for a request whose `X-Request-Id` header is `supplied`.
    package func requestID(honouring supplied: String?) -> String {
        if let supplied, Self.isAcceptable(supplied) { return supplied }
        let next = counter.withLock { value in
            value += 1
            return value
        }
        return Self.format(next)
    }

    /// Whether `id` has 1 to 200 characters, all visible ASCII.
    static func isAcceptable(_ id: String) -> Bool {
        let bytes = id.utf8
        return (1...200).contains(bytes.count) && bytes.allSatisfy { (0x21...0x7E).contains($0) }
    }

    private static func format(_ number: UInt64) -> String {
        let digits = String(number)
        return "sbx-" + String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
