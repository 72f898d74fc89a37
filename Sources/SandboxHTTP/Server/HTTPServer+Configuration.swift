import Foundation

extension HTTPServer {
    /// How the server listens and what it accepts.
    ///
    /// Three sizes bound a request:
    /// - its target (path and query) up to ``maximumTargetLength`` bytes is served, with any
    ///   number of query parameters; a longer one is answered 414 through
    ///   ``HTTPResponder/respond(toRejected:status:reason:)``;
    /// - its request line and header fields together must fit in ``connectionMemory``; past
    ///   that libmicrohttpd answers on its own, 414 for the request line or 431 for the
    ///   header fields, with a short HTML page and no `X-Request-Id`;
    /// - its body up to ``maximumBodySize`` bytes is served; a larger one is answered 413
    ///   through the same rejection call.
    ///
    /// With the defaults, a 32 KiB target with thousands of query parameters is served, a
    /// target between 32 KiB and about 128 KiB gets the responder's 414, and a longer one
    /// the library's 414 or 431.
    package struct Configuration: Sendable {
        /// The address to bind: an IPv4 or IPv6 address, or a name such as `localhost`.
        package var host: String
        /// The TCP port; 0 lets the system pick a free one, which ``HTTPServer/port`` reports.
        package var port: Int
        /// Threads serving connections; each request holds one while its responder runs, but
        /// not while a delayed, hanging or slow answer waits.
        package var threadCount: Int
        /// The largest request body accepted, in bytes; larger bodies are answered 413.
        package var maximumBodySize: Int
        /// The longest request target accepted, in bytes as received; longer ones are answered 414.
        ///
        /// Keep it well below ``connectionMemory``, which must also hold the rest of the
        /// request line, the header fields and the first body bytes.
        package var maximumTargetLength: Int
        /// Bytes of memory each connection may use to read a request's head and body chunks.
        ///
        /// This is libmicrohttpd's `MHD_OPTION_CONNECTION_MEMORY_LIMIT` (the library's own
        /// default is 32 KiB). A request line or header section that does not fit gets the
        /// library's 414 or 431. The library reserves it for each open connection and
        /// clears all of it between requests on a kept-alive connection, so it is
        /// resident memory per idle connection too.
        package var connectionMemory: Int
        /// Seconds an idle connection is kept open.
        package var connectionTimeout: Int
        /// The most connections served at once; further ones are refused.
        package var connectionLimit: Int
        /// The cross-origin policy applied to every response, or nil for none.
        package var cors: CORSPolicy?

        package init(
            host: String = "127.0.0.1",
            port: Int = 8080,
            threadCount: Int = ProcessInfo.processInfo.activeProcessorCount,
            maximumBodySize: Int = 10 * 1024 * 1024,
            maximumTargetLength: Int = 32 * 1024,
            connectionMemory: Int = 128 * 1024,
            connectionTimeout: Int = 60,
            connectionLimit: Int = 1000,
            cors: CORSPolicy? = CORSPolicy()
        ) {
            self.host = host
            self.port = port
            self.threadCount = threadCount
            self.maximumBodySize = maximumBodySize
            self.maximumTargetLength = maximumTargetLength
            self.connectionMemory = connectionMemory
            self.connectionTimeout = connectionTimeout
            self.connectionLimit = connectionLimit
            self.cors = cors
        }
    }
}
