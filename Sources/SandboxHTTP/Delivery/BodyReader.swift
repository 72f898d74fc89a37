import CMicroHTTPD
import Dispatch
import Synchronization

/// Hands a response body to libmicrohttpd piece by piece, to send it slowly or cut it short.
///
/// The library announces the whole body's length in `Content-Length` and asks for bytes as
/// it sends them. The reader gives them up to ``sendLimit``, then answers with an error,
/// which makes the library close the connection. With a ``BodyPace`` it gives only the bytes
/// due so far; when none are due it suspends the connection until the next piece is, so
/// the library's thread serves other connections meanwhile. libmicrohttpd 0.9.75 allows a
/// suspension from a content reader, and calls the reader again for the same position once
/// the connection is resumed. See `MHD_ContentReaderCallback` in
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dcb.html
///
/// The library calls the reader on the connection's own thread, one call at a time, so it
/// needs no lock and is deliberately not `Sendable`.
final class BodyReader {
    private let body: [UInt8]
    /// The bytes sent before the connection is closed; the body's length to send it whole.
    private let sendLimit: Int
    private let pace: BodyPace?
    private let connection: OpaquePointer
    private let server: ServerContext
    /// When the first byte was asked for, in nanoseconds of `DispatchTime`.
    private var start: UInt64?

    /// Counts itself in the server's open requests until it is released.
    init(body: [UInt8], sendLimit: Int, pace: BodyPace?, connection: OpaquePointer, server: ServerContext) {
        self.body = body
        self.sendLimit = min(max(0, sendLimit), body.count)
        self.pace = pace
        self.connection = connection
        self.server = server
        server.openRequests.add(1, ordering: .relaxed)
    }

    deinit {
        server.openRequests.subtract(1, ordering: .relaxed)
    }

    /// Copies the bytes due from `position` into `buffer`.
    ///
    /// - Returns: The number of bytes copied; 0 after suspending the connection until more
    ///   are due; or the library's error code once ``sendLimit`` is reached, or when the
    ///   server is stopping and the connection cannot wait.
    func read(at position: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard position < sendLimit else { return cmhd_content_reader_error() }
        var count = min(buffer.count, sendLimit - position)
        if let pace {
            let now = DispatchTime.now().uptimeNanoseconds
            let start = start ?? now
            self.start = start
            let due = pace.bytesDue(afterNanoseconds: now - start)
            guard due > position else { return waitForPiece(after: position, pace: pace, start: start) }
            count = min(count, due - position)
        }
        body.withUnsafeBytes { bytes in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]))
        }
        return count
    }

    /// Suspends the connection until the piece after `position` is due.
    private func waitForPiece(after position: Int, pace: BodyPace, start: UInt64) -> Int {
        let next = min(position + pace.pieceSize, body.count)
        let wake = start.addingReportingOverflow(pace.nanoseconds(untilDue: next))
        let deadline = wake.overflow ? DispatchTime.distantFuture : DispatchTime(uptimeNanoseconds: wake.partialValue)
        return server.wakeups.suspend(connection, until: deadline) ? 0 : cmhd_content_reader_error()
    }
}

/// The library's content reader: `context` is the ``BodyReader`` retained for the response.
func readResponseBody(
    _ context: UnsafeMutableRawPointer?,
    _ position: UInt64,
    _ buffer: UnsafeMutablePointer<CChar>?,
    _ capacity: Int
) -> Int {
    guard let context, let buffer else { return cmhd_content_reader_error() }
    let reader = Unmanaged<BodyReader>.fromOpaque(context).takeUnretainedValue()
    let target = UnsafeMutableRawBufferPointer(start: buffer, count: capacity)
    return reader.read(at: Int(clamping: position), into: target)
}

/// Releases the ``BodyReader`` once the library destroys the response it belongs to.
func releaseResponseBody(_ context: UnsafeMutableRawPointer?) {
    guard let context else { return }
    Unmanaged<BodyReader>.fromOpaque(context).release()
}
