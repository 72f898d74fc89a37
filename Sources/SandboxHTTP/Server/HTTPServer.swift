import CMicroHTTPD
package import SandboxSupport
import Synchronization

/// An HTTP/1.1 server over GNU libmicrohttpd that hands each complete request to a responder.
///
/// The server knows nothing of what it serves. Around every responder call it assigns the
/// request id (echoed as `X-Request-Id`), applies the configured ``CORSPolicy``, collects
/// the body up to ``Configuration/maximumBodySize``, and lets the library keep connections
/// alive and leave bodies out of `HEAD` responses. A body over that size (413) or a target
/// over ``Configuration/maximumTargetLength`` (414) is answered by the responder's
/// ``HTTPResponder/respond(toRejected:status:reason:)``, with the same id and CORS headers.
///
/// The server carries out each response's ``HTTPResponse/Delivery``. A delivery that waits
/// (delayed, hanging, or a slow body between its pieces) suspends its connection instead of
/// holding a thread, so waiting requests never keep others from being served.
///
/// Limitation: a request the library rejects on its own gets the library's bare answer, a
/// short HTML page without `X-Request-Id` or CORS headers, and the responder never sees it:
/// 400 for a malformed request line, 414 or 431 for a request line or header section that
/// does not fit in ``Configuration/connectionMemory``. libmicrohttpd 0.9.75 offers no way to
/// replace these answers. Within a few hundred bytes of that size the library cannot even
/// build its answer and closes the connection; and a client still sending a request line
/// of several megabytes when the library answers may see the connection reset instead.
///
/// ```swift
/// let server = try HTTPServer(configuration: .init(port: 0), responder: router, logger: logger)
/// print(server.port)
/// server.stop()
/// ```
package final class HTTPServer: Sendable {
    /// The TCP port the server listens on; the real one when the configuration asked for 0.
    package let port: Int
    /// The host it was asked to bind.
    package let host: String
    /// The running daemon; nil once stopped.
    private let daemon: Mutex<OpaquePointer?>
    /// Shared with the library's callbacks as an unretained pointer; see `stop()`.
    private let context: ServerContext
    private let logger: Logger

    /// Binds the configured address and starts serving on the library's threads.
    ///
    /// - Throws: ``HTTPServerError`` when the address cannot be bound or the library does not start.
    package init(configuration: Configuration, responder: any HTTPResponder, logger: Logger) throws(HTTPServerError) {
        let socket = try ListeningSocket(host: configuration.host, port: configuration.port)
        let context = ServerContext(
            responder: responder,
            cors: configuration.cors,
            maximumBodySize: configuration.maximumBodySize,
            maximumTargetLength: configuration.maximumTargetLength,
            logger: logger
        )
        let started = socket.handOff { descriptor in
            Self.startDaemon(on: descriptor, isIPv6: socket.isIPv6, configuration: configuration, context: context)
        }
        guard let started else { throw .cannotStart(on: socket.address) }
        // Read the port before the mutex takes ownership of the daemon pointer.
        port = Int(cmhd_bound_port(started))
        host = configuration.host
        daemon = Mutex(started)
        self.context = context
        self.logger = logger
        logger.info("HTTP server listening", metadata: ["http.server.address": address])
    }

    deinit {
        stop()
    }

    /// `host:port` as bound, for logs.
    private var address: String {
        ListeningSocket.display(host: host, port: port)
    }

    /// Per-request states and body readers not yet released; 0 once every connection has finished.
    var openRequestCount: Int {
        context.openRequests.load(ordering: .relaxed)
    }

    /// Connections suspended while their answer waits, which hold no thread meanwhile.
    var waitingConnectionCount: Int {
        context.wakeups.waitingCount
    }

    /// Stops accepting, closes every connection and waits for the library's threads to end.
    ///
    /// A connection waiting to answer (delayed, hanging or between pieces of a slow body) is
    /// closed without the rest of its answer. Safe to call more than once and from any thread
    /// but the server's own: a responder must not call it, since the library waits for the
    /// thread running that responder. Later calls do nothing.
    package func stop() {
        guard let running = daemon.withLock({ $0.take() }) else { return }
        // libmicrohttpd 0.9.75 aborts the process if a connection is still suspended here.
        context.wakeups.close()
        MHD_stop_daemon(running)
        logger.info("HTTP server stopped", metadata: ["http.server.address": address])
    }

    private static func startDaemon(
        on descriptor: Int32,
        isIPv6: Bool,
        configuration: Configuration,
        context: ServerContext
    ) -> OpaquePointer? {
        var flags = MHD_USE_AUTO_INTERNAL_THREAD.rawValue | MHD_ALLOW_SUSPEND_RESUME.rawValue
        flags |= MHD_USE_SUPPRESS_DATE_NO_CLOCK.rawValue | MHD_USE_ERROR_LOG.rawValue
        if isIPv6 { flags |= MHD_USE_IPv6.rawValue }
        return cmhd_start_daemon(
            flags,
            descriptor,
            UInt32(clamping: configuration.threadCount),
            UInt32(clamping: configuration.connectionTimeout),
            UInt32(clamping: configuration.connectionLimit),
            max(configuration.connectionMemory, 0),
            handleAccess,
            finishRequest,
            beginRequest,
            logLibraryMessage,
            Unmanaged.passUnretained(context).toOpaque()
        )
    }
}
