import COpenSSL

/// Comparisons whose running time does not depend on where two secrets differ.
package enum ConstantTime {
    /// Whether `lhs` and `rhs` hold the same bytes.
    ///
    /// Different lengths compare unequal at once (lengths are not secret here: tokens, digests and
    /// MACs have public lengths). Equal lengths are compared with
    /// [`CRYPTO_memcmp`](https://www.openssl.org/docs/man3.0/man3/CRYPTO_memcmp.html), which
    /// "takes an amount of time dependent on len, but independent of the contents of the memory
    /// regions pointed to by a and b" and returns 0 when they are equal.
    package static func isEqual(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        let left = Array(lhs)
        let right = Array(rhs)
        guard left.count == right.count else { return false }
        return left.withCBuffer { leftBytes, count in
            right.withCBuffer { rightBytes, _ in CRYPTO_memcmp(leftBytes, rightBytes, count) == 0 }
        }
    }
}
