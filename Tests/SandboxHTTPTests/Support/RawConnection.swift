import Glibc
import SandboxHTTP

/// A response as read off the wire by ``RawConnection``.
struct RawResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A blocking TCP client that writes exact bytes, so tests control the request line and body.
final class RawConnection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// How a read of everything the server sends ended.
    enum Ending: Equatable {
        /// The server closed the connection in order (a FIN).
        case endOfStream
        /// The server aborted the connection (ECONNRESET).
        case reset
        /// Nothing more arrived within the receive timeout.
        case timedOut
        /// Another error, with its errno.
        case failed(Int32)
    }

    /// What ``readUntilClosed()`` received: the bytes, when they arrived, and how it ended.
    struct Tail {
        var bytes: [UInt8] = []
        /// When each piece of `bytes` arrived; buffered bytes count as one piece read at once.
        var arrivals: [ContinuousClock.Instant] = []
        var ending = Ending.endOfStream
    }

    /// Connects to 127.0.0.1:`port`; reads give up after five seconds.
    init(port: Int) throws {
        // Assigned only once connected: when an initialiser throws after every stored
        // property is set, `deinit` runs, and a second `close` could hit a descriptor
        // number another thread has opened since.
        descriptor = try Self.connect(port: port)
    }

    /// Makes later reads give up after `milliseconds` without data.
    func setReceiveTimeout(milliseconds: Int) {
        var timeout = timeval(tv_sec: milliseconds / 1000, tv_usec: (milliseconds % 1000) * 1000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Reads until the server closes or resets the connection or the receive timeout passes,
    /// starting with any bytes already buffered after a response head.
    func readUntilClosed() -> Tail {
        var tail = Tail()
        if !buffer.isEmpty {
            tail.bytes = buffer
            tail.arrivals.append(.now)
            buffer = []
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let received = recv(descriptor, &chunk, chunk.count, 0)
            guard received > 0 else {
                let code = errno
                tail.ending = received == 0 ? .endOfStream : Self.ending(for: code)
                return tail
            }
            tail.bytes.append(contentsOf: chunk[..<received])
            tail.arrivals.append(.now)
        }
    }

    private static func ending(for code: Int32) -> Ending {
        switch code {
        case ECONNRESET: .reset
        case EAGAIN, EWOULDBLOCK: .timedOut
        default: .failed(code)
        }
    }

    /// A connected socket, or an error after closing the socket that failed to connect.
    private static func connect(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(description: "connect failed: errno \(code)")
        }
        return descriptor
    }

    deinit {
        close(descriptor)
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a server that closes early must fail the send, not raise SIGPIPE.
            let written = bytes[offset...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard written > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            offset += written
        }
    }

    /// Sends a request with `Host` and, when there is a body, `Content-Length` filled in.
    func sendRequest(_ method: String, _ target: String, headers: [String] = [], body: [UInt8] = []) throws {
        try sendRequest(method, rawTarget: Array(target.utf8), headers: headers, body: body)
    }

    /// Sends a request whose target is exactly `rawTarget`, bytes that are not UTF-8 included.
    func sendRequest(_ method: String, rawTarget: [UInt8], headers: [String] = [], body: [UInt8] = []) throws {
        var fields = "HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for header in headers { fields += header + "\r\n" }
        if !body.isEmpty { fields += "Content-Length: \(body.count)\r\n" }
        try send(Array("\(method) ".utf8) + rawTarget + Array(" \(fields)\r\n".utf8) + body)
    }

    /// Reads one response; its body is as long as `Content-Length` says unless `hasBody` is false.
    func readResponse(hasBody: Bool = true) throws -> RawResponse {
        let headEnd = try readUntilHeadEnd()
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line: \(head)")
        }
        var headers = HTTPHeaders()
        for line in lines {
            let name = line.prefix { $0 != ":" }
            headers.add(name: String(name), value: String(line.dropFirst(name.count + 1).drop { $0 == " " }))
        }
        let length = hasBody ? Int(headers["Content-Length"] ?? "0") ?? 0 : 0
        try fill(upTo: length)
        let body = Array(buffer.prefix(length))
        buffer.removeFirst(length)
        return RawResponse(status: status, headers: headers, body: body)
    }

    /// Whether the server closes or resets the connection within `milliseconds`.
    func isClosedByPeer(within milliseconds: Int32 = 200) -> Bool {
        guard buffer.isEmpty else { return false }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) == 1 else { return false }
        var byte: UInt8 = 0
        let received = recv(descriptor, &byte, 1, Int32(MSG_PEEK))
        return received == 0 || (received < 0 && errno == ECONNRESET)
    }

    private func readUntilHeadEnd() throws -> Int {
        let marker: [UInt8] = Array("\r\n\r\n".utf8)
        while true {
            if let range = buffer.firstRange(of: marker) { return range.lowerBound }
            try receiveMore()
        }
    }

    private func fill(upTo count: Int) throws {
        while buffer.count < count { try receiveMore() }
    }

    private func receiveMore() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let received = recv(descriptor, &chunk, chunk.count, 0)
        guard received > 0 else { throw Failure(description: "connection ended or timed out: errno \(errno)") }
        buffer.append(contentsOf: chunk[..<received])
    }
}
