import CMicroHTTPD
import Glibc
import SandboxSupport

/// A libmicrohttpd connection, valid for the duration of one callback.
///
/// It borrows the library's pointer and never outlives the call it was made in.
struct ConnectionHandle {
    let pointer: OpaquePointer

    /// The request header fields in the order received.
    ///
    /// Uses `MHD_get_connection_values_n`, which passes lengths, so a value is read whole.
    /// See https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002drequests.html
    func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        withUnsafeMutablePointer(to: &headers) { target in
            _ = MHD_get_connection_values_n(pointer, .HEADER_KIND, collectHeader, target)
        }
        return headers
    }

    /// The peer's IP address in its usual text form, when the library knows it.
    func remoteAddress() -> String? {
        guard let address = cmhd_client_address(pointer) else { return nil }
        var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let written: UnsafePointer<CChar>?
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            var ipv4 = UnsafeRawPointer(address).loadUnaligned(as: sockaddr_in.self).sin_addr
            written = inet_ntop(AF_INET, &ipv4, &text, socklen_t(text.count))
        case AF_INET6:
            var ipv6 = UnsafeRawPointer(address).loadUnaligned(as: sockaddr_in6.self).sin6_addr
            written = inet_ntop(AF_INET6, &ipv6, &text, socklen_t(text.count))
        default:
            return nil
        }
        return written.map { String(cString: $0) }
    }

    /// Queues `response`; the library copies the body, so nothing here must outlive the call.
    ///
    /// Framing headers are the library's job: it adds `Content-Length` and, for `HEAD`,
    /// leaves the body out. See
    /// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dresponse-create.html
    /// - Returns: Whether the library accepted the response.
    func queue(_ response: HTTPResponse, logger: Logger) -> Bool {
        let created = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count,
                UnsafeMutableRawPointer(mutating: bytes.baseAddress),
                .RESPMEM_MUST_COPY
            )
        }
        guard let created else { return false }
        return queue(created, status: response.status, headers: response.headers, logger: logger)
    }

    /// Queues `response` with a body that `reader` hands out as the library sends it.
    ///
    /// The header announces the whole body's length whatever the reader sends. The library
    /// keeps the reader until it destroys the response, then releases it through
    /// `releaseResponseBody`.
    /// - Returns: Whether the library accepted the response.
    func queue(_ response: HTTPResponse, readingBodyFrom reader: BodyReader, logger: Logger) -> Bool {
        let retained = Unmanaged.passRetained(reader)
        let created = MHD_create_response_from_callback(
            UInt64(response.body.count),
            Self.bodyBlockSize,
            readResponseBody,
            retained.toOpaque(),
            releaseResponseBody
        )
        guard let created else {
            // The library calls no free callback for a response it did not create.
            retained.release()
            return false
        }
        return queue(created, status: response.status, headers: response.headers, logger: logger)
    }

    /// The most body bytes the library asks a ``BodyReader`` for at once.
    private static let bodyBlockSize = 16 * 1024

    /// Adds `headers` to the library's response `created`, queues it and drops this reference.
    private func queue(_ created: OpaquePointer, status: Int, headers: HTTPHeaders, logger: Logger) -> Bool {
        defer { MHD_destroy_response(created) }
        for (name, value) in headers where !Self.isFraming(name) {
            if MHD_add_response_header(created, name, value) != .YES {
                logger.debug("response header refused", metadata: ["http.header.name": name])
            }
        }
        return MHD_queue_response(pointer, UInt32(clamping: status), created) == .YES
    }

    private static func isFraming(_ name: String) -> Bool {
        HTTPHeaders.name(name, matches: "Content-Length") || HTTPHeaders.name(name, matches: "Transfer-Encoding")
    }
}

/// Appends one header field to the `HTTPHeaders` that `context` points to.
private func collectHeader(
    _ context: UnsafeMutableRawPointer?,
    _ kind: MHD_ValueKind,
    _ name: UnsafePointer<CChar>?,
    _ nameLength: Int,
    _ value: UnsafePointer<CChar>?,
    _ valueLength: Int
) -> MHD_Result {
    guard let context, let name else { return .YES }
    let headers = context.assumingMemoryBound(to: HTTPHeaders.self)
    headers.pointee.add(name: text(name, length: nameLength), value: value.map { text($0, length: valueLength) } ?? "")
    return .YES
}

private func text(_ pointer: UnsafePointer<CChar>, length: Int) -> String {
    String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
}
