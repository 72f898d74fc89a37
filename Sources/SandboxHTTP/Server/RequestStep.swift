import SandboxSupport

/// One call of the access handler: moves a request on by one step.
///
/// The first call sees the complete headers; each call with data appends a body chunk; the
/// call after the body runs the responder and queues its answer, or suspends the connection
/// when the answer is to wait; the call after the connection is resumed finishes the wait.
struct RequestStep {
    let server: ServerContext
    let state: RequestState
    let connection: ConnectionHandle

    /// Returns false to make the library drop the connection.
    func advance(method: String, chunk: UnsafeRawBufferPointer) -> Bool {
        if let resumption = state.resumption {
            state.resumption = nil
            return resume(resumption)
        }
        guard !state.isAnswered else { return true }
        guard let request = state.request else { return receiveHead(method: method) }
        guard chunk.isEmpty else {
            state.appendBody(chunk, limit: server.maximumBodySize)
            return true
        }
        return answer(state.isBodyTooLarge ? server.bodyTooLargeResponse(to: request) : server.response(to: request))
    }

    private func receiveHead(method: String) -> Bool {
        let request = server.makeRequest(
            method: method,
            target: state.target,
            headers: connection.headers(),
            remoteAddress: connection.remoteAddress()
        )
        state.request = request
        guard state.targetLength <= server.maximumTargetLength else {
            return answer(server.targetTooLongResponse(to: request))
        }
        // A body declared too large is refused before it is read; the library then closes
        // the connection, since the unread body would otherwise follow.
        let declaredSize = request.headers["Content-Length"].flatMap { Int($0) } ?? 0
        guard declaredSize <= server.maximumBodySize else {
            return answer(server.bodyTooLargeResponse(to: request))
        }
        state.request?.body.reserveCapacity(declaredSize)
        return true
    }

    private func answer(_ response: HTTPResponse) -> Bool {
        state.isAnswered = true
        let logger = server.logger.with("http.request.id", state.request?.requestID ?? "")
        logger.debug(
            "request answered",
            metadata: [
                "http.method": state.request?.method ?? "",
                "http.path": state.request?.path ?? "",
                "http.status": String(response.status),
                "http.delivery": response.delivery.name,
            ]
        )
        return deliver(response, logger: logger)
    }
}
