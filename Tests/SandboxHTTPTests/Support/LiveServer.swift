import Foundation
import SandboxHTTP
import SandboxSupport
import Synchronization

/// Log entries captured in memory, for asserting on what a component logged.
final class LogRecorder: Sendable {
    private let stored = Mutex<[Logger.Entry]>([])

    var entries: [Logger.Entry] { stored.withLock { $0 } }

    func makeLogger(level: Logger.Level = .debug) -> Logger {
        Logger(label: "test", logLevel: level) { entry in self.stored.withLock { $0.append(entry) } }
    }
}

/// Starts a server on a free port with `responder`, runs `body`, then stops the server.
func withLiveServer<Result>(
    responder: any HTTPResponder,
    maximumBodySize: Int = 1024 * 1024,
    threadCount: Int = 4,
    logger: Logger = .discarding(),
    _ body: (HTTPServer) throws -> Result
) throws -> Result {
    let configuration = HTTPServer.Configuration(port: 0, threadCount: threadCount, maximumBodySize: maximumBodySize)
    let server = try HTTPServer(configuration: configuration, responder: responder, logger: logger)
    defer { server.stop() }
    return try body(server)
}

/// A responder that answers with what it received: method, path, query, id and body size.
let echoResponder = ClosureResponder { request in
    let lines = [
        "method=\(request.method)",
        "path=\(request.path)",
        "query=\(request.query ?? "<none>")",
        "id=\(request.requestID)",
        "body=\(request.body.count)",
        "sum=\(request.body.reduce(0) { $0 &+ Int($1) })",
    ]
    return .text(lines.joined(separator: "\n"))
}

extension RawResponse {
    /// The body of an `echoResponder` answer as a dictionary, such as `["path": "/a"]`.
    var echoed: [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let key = line.prefix { $0 != "=" }
            fields[String(key)] = String(line.dropFirst(key.count + 1))
        }
        return fields
    }
}
