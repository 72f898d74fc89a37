import Foundation

extension HTTPServer {
    /// How the server listens and what it accepts.
    package struct Configuration: Sendable {
        /// The address to bind: an IPv4 or IPv6 address, or a name such as `localhost`.
        package var host: String
        /// The TCP port; 0 lets the system pick a free one, which ``HTTPServer/port`` reports.
        package var port: Int
        /// Threads serving connections; each request holds one while its responder runs.
        package var threadCount: Int
        /// The largest request body accepted, in bytes; larger bodies are answered 413.
        package var maximumBodySize: Int
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
            connectionTimeout: Int = 60,
            connectionLimit: Int = 1000,
            cors: CORSPolicy? = CORSPolicy()
        ) {
            self.host = host
            self.port = port
            self.threadCount = threadCount
            self.maximumBodySize = maximumBodySize
            self.connectionTimeout = connectionTimeout
            self.connectionLimit = connectionLimit
            self.cors = cors
        }
    }
}
