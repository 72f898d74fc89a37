/// A running 64-bit FNV-1a hash over a sequence of database values.
///
/// Not a cryptographic hash: it tells two databases' contents apart, which is all a determinism
/// check needs. Each value is fed as a tag for its storage class, its length and its bytes, so
/// values that would otherwise run together (`"ab"` then `"c"` against `"a"` then `"bc"`, or
/// text `"1"` against integer 1) hash differently.
struct ContentDigest: Sendable {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private var state = Self.offsetBasis

    /// Feeds one value.
    mutating func combine(_ value: DatabaseValue) {
        switch value {
        case .null:
            combine(byte: 0)
        case .integer(let number):
            combine(byte: 1)
            combine(UInt64(bitPattern: number))
        case .real(let number):
            combine(byte: 2)
            combine(number.bitPattern)
        case .text(let string):
            combine(byte: 3)
            combine(length: string.utf8.count)
            string.utf8.forEach { combine(byte: $0) }
        case .blob(let bytes):
            combine(byte: 4)
            combine(length: bytes.count)
            bytes.forEach { combine(byte: $0) }
        }
    }

    /// The hash so far as 16 lowercase hex digits.
    var hexDigest: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private mutating func combine(byte: UInt8) {
        state = (state ^ UInt64(byte)) &* Self.prime
    }

    private mutating func combine(length: Int) {
        combine(UInt64(length))
    }

    /// Feeds the eight bytes of `number`, least significant first.
    private mutating func combine(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            combine(byte: UInt8(truncatingIfNeeded: number >> UInt64(shift)))
        }
    }
}
