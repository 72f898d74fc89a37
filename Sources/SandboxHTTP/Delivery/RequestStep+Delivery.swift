import Dispatch
import SandboxSupport

extension RequestStep {
    /// Carries out `response.delivery`.
    ///
    /// - Returns: false to make the library close the connection without a response.
    func deliver(_ response: HTTPResponse, logger: Logger) -> Bool {
        switch response.delivery {
        case .immediate:
            return connection.queue(response, logger: logger)
        case .delayed(let milliseconds):
            return wait(milliseconds, then: .send(response))
        case .hang(let maximumMilliseconds):
            return wait(maximumMilliseconds, then: .close)
        case .reset:
            connection.abortWithReset()
            return false
        case .closeWithoutResponse:
            return false
        case .truncated(let count):
            return stream(response, sendLimit: count, pace: nil, logger: logger)
        case .slow(let bytesPerSecond):
            let pace = BodyPace(bytesPerSecond: bytesPerSecond)
            return stream(response, sendLimit: response.body.count, pace: pace, logger: logger)
        }
    }

    /// Finishes a wait once the library calls the handler again on the resumed connection.
    ///
    /// A connection resumed because the server is stopping is closed without an answer.
    func resume(_ resumption: RequestState.Resumption) -> Bool {
        guard !server.wakeups.isClosed, case .send(let response) = resumption else { return false }
        let logger = server.logger.with("http.request.id", state.request?.requestID ?? "")
        return connection.queue(response, logger: logger)
    }

    /// Suspends the connection for `milliseconds`, to do `resumption` afterwards.
    private func wait(_ milliseconds: Int, then resumption: RequestState.Resumption) -> Bool {
        let deadline = DispatchTime.now() + .milliseconds(min(max(0, milliseconds), Int(Int32.max)))
        guard server.wakeups.suspend(connection.pointer, until: deadline) else { return false }
        state.resumption = resumption
        return true
    }

    private func stream(_ response: HTTPResponse, sendLimit: Int, pace: BodyPace?, logger: Logger) -> Bool {
        let reader = BodyReader(
            body: response.body,
            sendLimit: sendLimit,
            pace: pace,
            connection: connection.pointer,
            server: server
        )
        return connection.queue(response, readingBodyFrom: reader, logger: logger)
    }
}

extension HTTPResponse.Delivery {
    /// The case's name without its values, for logs.
    var name: String {
        switch self {
        case .immediate: "immediate"
        case .delayed: "delayed"
        case .hang: "hang"
        case .reset: "reset"
        case .closeWithoutResponse: "closeWithoutResponse"
        case .truncated: "truncated"
        case .slow: "slow"
        }
    }
}
