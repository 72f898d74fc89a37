import COpenSSL

/// Conversions between big-endian bytes and OpenSSL `BIGNUM`s.
///
/// A `BIGNUM` made here belongs to the caller, who frees it with `BN_free` or hands it to a
/// `set0` function that takes ownership.
enum BigNumber {
    /// A new `BIGNUM` holding the unsigned big-endian integer `bytes`.
    ///
    /// Wraps [`BN_bin2bn`](https://www.openssl.org/docs/man3.0/man3/BN_bin2bn.html), which
    /// "converts the positive integer in big-endian form of length len at s into a BIGNUM" and
    /// returns NULL on error (only when memory runs out).
    static func make(_ bytes: [UInt8]) -> OpaquePointer {
        let number = bytes.withCBuffer { pointer, count in BN_bin2bn(pointer, Int32(count), nil) }
        guard let number else { fatalError("BN_bin2bn could not allocate") }
        return number
    }

    /// The big-endian bytes of `number`, left-padded with zeros to `length`, or `nil` when the
    /// value needs more than `length` bytes.
    ///
    /// Wraps [`BN_bn2binpad`](https://www.openssl.org/docs/man3.0/man3/BN_bn2binpad.html), which
    /// "pads with zeros to make the returned data the requested length" and returns -1 "if tolen
    /// is too small".
    static func bytes(of number: OpaquePointer, length: Int) -> [UInt8]? {
        var output = [UInt8](repeating: 0, count: length)
        guard BN_bn2binpad(number, &output, Int32(length)) == Int32(length) else { return nil }
        return output
    }

    /// The big-endian bytes of `number` without leading zeros (one zero byte for zero itself).
    static func bytes(of number: OpaquePointer) -> [UInt8] {
        let length = max(1, (Int(BN_num_bits(number)) + 7) / 8)
        guard let output = bytes(of: number, length: length) else { fatalError("BN_num_bits undercounted") }
        return output
    }
}
