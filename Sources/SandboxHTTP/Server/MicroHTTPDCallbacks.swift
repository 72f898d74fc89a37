import CMicroHTTPD
import Glibc
import SandboxSupport
import Synchronization

// The functions libmicrohttpd calls. Each receives the server's `ServerContext` as an
// unretained pointer: the `HTTPServer` holds the only strong reference and stops the daemon
// before letting it go, so the pointer is valid whenever the library can call back. Each
// request's `RequestState` is retained by `beginRequest` and released by `finishRequest`.

/// Called with the raw request target before the library unescapes it; the state returned
/// becomes the request's `*con_cls`.
///
/// The target's bytes are copied, then its query is emptied in the library's buffer so the
/// library does not split it into records of its own; see `cmhd_empty_query`. The library
/// calls `finishRequest` for every request that reached this point, even one whose client
/// went away before the headers were complete (observed with 0.9.75).
func beginRequest(
    _ context: UnsafeMutableRawPointer?,
    _ uri: UnsafePointer<CChar>?,
    _ connection: OpaquePointer?
) -> UnsafeMutableRawPointer? {
    guard let context, let uri else { return nil }
    let server = Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue()
    server.openRequests.add(1, ordering: .relaxed)
    let bytes = UnsafeRawBufferPointer(start: uri, count: strlen(uri))
    let state = RequestState(target: HTTPRequest.target(fromRaw: bytes), targetLength: bytes.count)
    cmhd_empty_query(uri)
    return Unmanaged.passRetained(state).toOpaque()
}

/// Runs several times per request: once when the headers are complete, once per body chunk,
/// and once more after the body, when the response is queued.
func handleAccess(
    _ context: UnsafeMutableRawPointer?,
    _ connection: OpaquePointer?,
    _ url: UnsafePointer<CChar>?,
    _ method: UnsafePointer<CChar>?,
    _ version: UnsafePointer<CChar>?,
    _ uploadData: UnsafePointer<CChar>?,
    _ uploadSize: UnsafeMutablePointer<Int>?,
    _ requestState: UnsafeMutablePointer<UnsafeMutableRawPointer?>?
) -> MHD_Result {
    guard let context, let connection, let uploadSize, let requestState, let pointer = requestState.pointee else {
        return .NO
    }
    let server = Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue()
    let state = Unmanaged<RequestState>.fromOpaque(pointer).takeUnretainedValue()
    let chunk = UnsafeRawBufferPointer(start: uploadData, count: uploadData == nil ? 0 : uploadSize.pointee)
    uploadSize.pointee = 0
    let step = RequestStep(server: server, state: state, connection: ConnectionHandle(pointer: connection))
    return step.advance(method: method.map { String(cString: $0) } ?? "GET", chunk: chunk) ? .YES : .NO
}

/// Releases the request's state once the library is done with the request, however it ended.
func finishRequest(
    _ context: UnsafeMutableRawPointer?,
    _ connection: OpaquePointer?,
    _ requestState: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
    _ termination: MHD_RequestTerminationCode
) {
    guard let context, let requestState, let pointer = requestState.pointee else { return }
    Unmanaged<RequestState>.fromOpaque(pointer).release()
    requestState.pointee = nil
    Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue().openRequests.subtract(1, ordering: .relaxed)
}

/// Passes the library's own diagnostics, such as malformed requests, to the server's logger.
func logLibraryMessage(
    _ context: UnsafeMutableRawPointer?,
    _ format: UnsafePointer<CChar>?,
    _ arguments: CVaListPointer?
) {
    guard let context, let format, let arguments else { return }
    var buffer = [CChar](repeating: 0, count: 512)
    _ = vsnprintf(&buffer, buffer.count, format, arguments)
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    let message = String(decoding: bytes, as: UTF8.self).trimmingTrailingNewlines()
    let server = Unmanaged<ServerContext>.fromOpaque(context).takeUnretainedValue()
    server.logger.debug("libmicrohttpd message", metadata: ["http.library.message": message])
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" || text.last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
