import COpenSSL

/// OpenSSL memory BIOs, the in-memory streams the PEM functions read and write.
enum MemoryBIO {
    /// Calls `body` with a read-only BIO over `bytes`, freed when `body` returns.
    ///
    /// Wraps [`BIO_new_mem_buf`](https://www.openssl.org/docs/man3.0/man3/BIO_s_mem.html): "the
    /// supplied data is read directly from the supplied buffer: it is not copied first, so the
    /// supplied area of memory must be unchanged until the BIO is freed" — hence the scope.
    static func reading<Result>(_ bytes: [UInt8], _ body: (OpaquePointer) -> Result) -> Result {
        bytes.withCBuffer { pointer, count in
            guard let bio = BIO_new_mem_buf(pointer, Int32(count)) else {
                fatalError("BIO_new_mem_buf could not allocate")
            }
            defer { BIO_free(bio) }
            return body(bio)
        }
    }

    /// Calls `body` with an empty writable BIO and returns what it wrote, or `nil` when `body`
    /// returns false.
    ///
    /// Wraps [`BIO_s_mem`](https://www.openssl.org/docs/man3.0/man3/BIO_s_mem.html) and
    /// `BIO_get_mem_data`, which "sets *pp to a pointer to the start of the memory BIOs data and
    /// returns the total amount of data available"; the bytes are copied before the BIO is freed.
    static func writing(_ body: (OpaquePointer) -> Bool) -> [UInt8]? {
        guard let bio = BIO_new(BIO_s_mem()) else { fatalError("BIO_new could not allocate") }
        defer { BIO_free(bio) }
        guard body(bio) else { return nil }

        var data: UnsafeMutablePointer<CChar>?
        let count = copenssl_BIO_get_mem_data(bio, &data)
        guard let data, count > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
            Array(UnsafeBufferPointer(start: bytes, count: count))
        }
    }
}
