/// What the server knows about one request while libmicrohttpd feeds it in.
///
/// One instance exists per request. It is created when the request line arrives, retained
/// through `Unmanaged` into the library's `*con_cls`, and released by the request-completed
/// callback. Only the library thread serving the connection touches it, one call at a time,
/// so it needs no lock and is deliberately not `Sendable`.
final class RequestState {
    /// What a request suspended before its answer does once its connection is resumed.
    enum Resumption {
        /// Queue this response, held back until now.
        case send(HTTPResponse)
        /// Close the connection without a response.
        case close
    }

    /// The request target from the request line, with bytes not allowed raw in a URL escaped.
    let target: String
    /// The number of bytes the target had on the request line.
    let targetLength: Int
    /// The request so far; set once the headers are complete.
    var request: HTTPRequest?
    /// Set when the body passed the limit; later chunks are dropped and the answer is 413.
    var isBodyTooLarge = false
    /// Set once the responder has answered, whether or not the answer is queued yet.
    var isAnswered = false
    /// What to do when the library calls the handler again after resuming the connection;
    /// set while the connection is suspended before its answer.
    var resumption: Resumption?

    init(target: String, targetLength: Int) {
        self.target = target
        self.targetLength = targetLength
    }

    /// Appends a body chunk, or drops it and marks the body too large once `limit` is passed.
    func appendBody(_ chunk: UnsafeRawBufferPointer, limit: Int) {
        guard !isBodyTooLarge, let received = request?.body.count else { return }
        guard received + chunk.count <= limit else {
            isBodyTooLarge = true
            request?.body = []
            return
        }
        request?.body.append(contentsOf: chunk)
    }
}
