import COpenSSL

/// Reads OpenSSL's per-thread error queue.
///
/// OpenSSL records why a call failed on a queue kept per thread. Every failing call we make is
/// followed by ``takeMessage()`` or ``clear()``, so a stale entry never explains a later failure.
enum OpenSSLErrorQueue {
    /// OpenSSL's text for the earliest queued error, leaving the queue empty.
    ///
    /// Wraps [`ERR_get_error`](https://www.openssl.org/docs/man3.0/man3/ERR_get_error.html), which
    /// "returns the earliest error code from the thread's error queue and removes the entry", and
    /// [`ERR_error_string_n`](https://www.openssl.org/docs/man3.0/man3/ERR_error_string_n.html),
    /// which writes "a human-readable string representing the error code" of at most `len` bytes.
    static func takeMessage() -> String {
        let code = ERR_get_error()
        clear()
        guard code != 0 else { return "no detail from OpenSSL" }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Empties the queue.
    ///
    /// Wraps [`ERR_clear_error`](https://www.openssl.org/docs/man3.0/man3/ERR_clear_error.html),
    /// which "empties the current thread's error queue".
    static func clear() {
        ERR_clear_error()
    }
}
