import COpenSSL

/// Conversions between the two spellings of an ECDSA signature.
///
/// OpenSSL reads and writes the DER `ECDSA-Sig-Value` SEQUENCE of two INTEGERs, whose length
/// varies with the values. JOSE writes R and S as unsigned big-endian numbers, each left-padded
/// to the curve's coordinate length, one after the other (RFC 7518 §3.4).
package enum ECDSASignature {
    /// The JOSE form R || S of a DER signature, or `nil` when `der` is not exactly one DER
    /// signature or R or S does not fit in `coordinateByteCount` bytes.
    ///
    /// Wraps [`d2i_ECDSA_SIG`](https://www.openssl.org/docs/man3.0/man3/ECDSA_SIG_new.html), which
    /// "decodes a DER encoded ECDSA signature and returns the decoded signature in a newly
    /// allocated ECDSA_SIG structure" and advances the input pointer past what it read, and
    /// `ECDSA_SIG_get0`, which "returns internal pointers the r and s values contained in sig".
    package static func raw(fromDER der: [UInt8], coordinateByteCount: Int) -> [UInt8]? {
        let decoded: (OpaquePointer, consumed: Int)? = der.withCBuffer { start, count in
            var cursor: UnsafePointer<UInt8>? = start
            guard let signature = d2i_ECDSA_SIG(nil, &cursor, count), let cursor else { return nil }
            return (signature, cursor - start)
        }
        guard let (signature, consumed) = decoded else {
            OpenSSLErrorQueue.clear()
            return nil
        }
        defer { ECDSA_SIG_free(signature) }
        guard consumed == der.count,
            let r = ECDSA_SIG_get0_r(signature), let s = ECDSA_SIG_get0_s(signature),
            let rBytes = BigNumber.bytes(of: r, length: coordinateByteCount),
            let sBytes = BigNumber.bytes(of: s, length: coordinateByteCount)
        else { return nil }
        return rBytes + sBytes
    }

    /// The DER form of a JOSE signature R || S, or `nil` when `raw` is not exactly
    /// `2 * coordinateByteCount` bytes.
    ///
    /// Wraps [`ECDSA_SIG_set0`](https://www.openssl.org/docs/man3.0/man3/ECDSA_SIG_new.html),
    /// which "transfers the memory management of the values to the ECDSA_SIG object", and
    /// `i2d_ECDSA_SIG`, which "creates the DER encoding of the ECDSA signature" and, given a
    /// NULL output, "returns the expected length in bytes of the DER encoded signature".
    package static func der(fromRaw raw: [UInt8], coordinateByteCount: Int) -> [UInt8]? {
        guard coordinateByteCount > 0, raw.count == 2 * coordinateByteCount else { return nil }
        guard let signature = ECDSA_SIG_new() else { fatalError("ECDSA_SIG_new could not allocate") }
        defer { ECDSA_SIG_free(signature) }
        let r = BigNumber.make(Array(raw.prefix(coordinateByteCount)))
        let s = BigNumber.make(Array(raw.suffix(coordinateByteCount)))
        guard ECDSA_SIG_set0(signature, r, s) == 1 else {
            BN_free(r)
            BN_free(s)
            fatalError("ECDSA_SIG_set0 refused two fresh values")
        }

        let length = Int(i2d_ECDSA_SIG(signature, nil))
        guard length > 0 else { fatalError("i2d_ECDSA_SIG could not size a signature") }
        var output = [UInt8](repeating: 0, count: length)
        let written = output.withUnsafeMutableBufferPointer { buffer in
            var cursor = buffer.baseAddress
            return Int(i2d_ECDSA_SIG(signature, &cursor))
        }
        guard written == length else { fatalError("i2d_ECDSA_SIG wrote an unexpected length") }
        return output
    }
}
