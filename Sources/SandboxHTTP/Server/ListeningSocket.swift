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

    /// Passes the socket to `start`, which gives it to libmicrohttpd, and closes every
    /// descriptor of it the library does not keep. Call it once; the socket is gone after.
    ///
    /// `start` receives a duplicate descriptor of the socket. When it returns a value, the
    /// library owns the duplicate and the original is closed. When it returns nil, both are
    /// closed, the duplicate only while it still refers to this socket: libmicrohttpd
    /// 0.9.75 leaves a socket it was given open when it refuses its options, but may close
    /// it when it fails later, and closing a descriptor number twice can close whatever
    /// another thread has been given that number in between. Holding the original open
    /// until then keeps the socket alive, so no other file can share its identity.
    ///
    /// - Returns: What `start` returned.
    func handOff<Started>(to start: (Int32) -> Started?) -> Started? {
        defer { _ = Glibc.close(descriptor) }
        let lent = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard lent >= 0 else { return nil }

        guard let started = start(lent) else {
            if Self.file(lent, isSameAs: descriptor) { _ = Glibc.close(lent) }
            return nil
        }
        return started
    }

    /// Whether two descriptors refer to the same open socket.
    static func file(_ descriptor: Int32, isSameAs other: Int32) -> Bool {
        var first = stat()
        var second = stat()
        guard fstat(descriptor, &first) == 0, fstat(other, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
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
