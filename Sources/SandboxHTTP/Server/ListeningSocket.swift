import Glibc

/// A TCP socket bound and listening, ready to hand to libmicrohttpd.
///
/// The server binds the socket itself rather than letting the library do it, so that a
/// failure keeps its `errno` and becomes a precise ``HTTPServerError``.
struct ListeningSocket {
    let descriptor: Int32
    let isIPv6: Bool
    /// `host:port` as requested, for messages.
    let address: String

    /// Resolves `host`, then creates, binds (with `SO_REUSEADDR`) and listens on a socket.
    ///
    /// - Throws: ``HTTPServerError`` when the host does not resolve or a socket call fails.
    init(host: String, port: Int) throws(HTTPServerError) {
        address = Self.display(host: host, port: port)
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &results) == 0, let first = results else {
            throw .unresolvableHost(host)
        }
        defer { freeaddrinfo(results) }

        isIPv6 = first.pointee.ai_family == AF_INET6
        descriptor = try Self.bind(first.pointee, address: address)
    }

    /// `host:port` for messages, with an IPv6 host in brackets.
    static func display(host: String, port: Int) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Closes the socket; only for when the library never took it over.
    func close() {
        _ = Glibc.close(descriptor)
    }

    private static func bind(_ info: addrinfo, address: String) throws(HTTPServerError) -> Int32 {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let descriptor = socket(info.ai_family, type, 0)
        guard descriptor >= 0 else { throw .cannotListen(on: address, code: errno) }

        var yes: Int32 = 1
        let socketLength = socklen_t(MemoryLayout<Int32>.size)
        guard setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socketLength) == 0,
            Glibc.bind(descriptor, info.ai_addr, info.ai_addrlen) == 0,
            listen(descriptor, SOMAXCONN) == 0
        else {
            let code = errno
            _ = Glibc.close(descriptor)
            throw .cannotListen(on: address, code: code)
        }
        return descriptor
    }
}
