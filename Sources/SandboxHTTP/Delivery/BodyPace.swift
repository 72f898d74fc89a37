/// When each byte of a body sent at a fixed rate is due, counted from the first byte.
///
/// A value without a clock: ``BodyReader`` asks it how much may be sent after the time
/// that has passed, and when the next piece will be due.
struct BodyPace: Equatable {
    private static let nanosecondsPerSecond: UInt64 = 1_000_000_000

    /// The rate, at least one byte a second.
    let bytesPerSecond: Int

    init(bytesPerSecond: Int) {
        self.bytesPerSecond = max(1, bytesPerSecond)
    }

    /// The bytes sent at once when the rate allows: a tenth of a second's worth, at least one.
    var pieceSize: Int {
        max(1, bytesPerSecond / 10)
    }

    /// How many bytes may have been sent `elapsed` nanoseconds after the start.
    func bytesDue(afterNanoseconds elapsed: UInt64) -> Int {
        let product = elapsed.multipliedFullWidth(by: UInt64(bytesPerSecond))
        guard product.high < Self.nanosecondsPerSecond else { return .max }
        return Int(clamping: Self.nanosecondsPerSecond.dividingFullWidth(product).quotient)
    }

    /// How many nanoseconds after the start the first `count` bytes are all due.
    func nanoseconds(untilDue count: Int) -> UInt64 {
        let rate = UInt64(bytesPerSecond)
        let product = UInt64(max(0, count)).multipliedFullWidth(by: Self.nanosecondsPerSecond)
        guard product.high < rate else { return .max }
        let (quotient, remainder) = rate.dividingFullWidth(product)
        return remainder == 0 ? quotient : quotient + 1
    }
}
