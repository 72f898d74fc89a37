extension Array where Element == UInt8 {
    /// Calls `body` with a pointer to the bytes and their count.
    ///
    /// The pointer is never null, even for an empty array: several OpenSSL functions read a null
    /// pointer as "no value given" rather than "zero bytes" (an HMAC key, for one).
    func withCBuffer<Result>(_ body: (UnsafePointer<UInt8>, Int) -> Result) -> Result {
        guard !isEmpty else {
            return withUnsafePointer(to: UInt8(0)) { body($0, 0) }
        }
        return withUnsafeBufferPointer { buffer in
            // A non-empty array always has storage.
            guard let base = buffer.baseAddress else { fatalError("non-empty array without storage") }
            return body(base, buffer.count)
        }
    }
}
