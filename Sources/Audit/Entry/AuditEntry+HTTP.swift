package import SandboxHTTP

extension AuditEntry {
    /// An entry for `request`, answered with `status`.
    ///
    /// Only the method, the target (path and query, redacted) and the request id are taken from
    /// the request: its headers, `Authorization` included, and its body are never read, so a
    /// credential sent there cannot reach the log. The caller fills in who made the request
    /// and what it touched.
    ///
    /// - Parameters:
    ///   - request: The request as received.
    ///   - status: The HTTP status sent.
    ///   - simulatedTime: The simulated clock's reading when the response was ready.
    ///   - latencyMicroseconds: How long the answer took.
    package init(request: HTTPRequest, status: Int, simulatedTime: Int64, latencyMicroseconds: Int64) {
        let target = request.query.map { "\(request.path)?\($0)" } ?? request.path
        self.init(
            requestID: request.requestID,
            simulatedTime: simulatedTime,
            method: request.method,
            path: target,
            status: status,
            latencyMicroseconds: latencyMicroseconds
        )
    }
}
