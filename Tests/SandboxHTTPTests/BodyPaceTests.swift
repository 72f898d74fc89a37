import Testing

@testable import SandboxHTTP

@Suite struct BodyPaceTests {
    @Test func bytesFallDueInProportionToTheTimePassed() {
        let pace = BodyPace(bytesPerSecond: 2000)
        #expect(pace.bytesDue(afterNanoseconds: 0) == 0)
        #expect(pace.bytesDue(afterNanoseconds: 100_000_000) == 200)
        #expect(pace.bytesDue(afterNanoseconds: 1_500_000_000) == 3000)
        #expect(pace.pieceSize == 200)
    }

    @Test func theTimeUntilACountIsDueRoundsUpSoTheCountIsDueThen() {
        let pace = BodyPace(bytesPerSecond: 3)
        #expect(pace.nanoseconds(untilDue: 3) == 1_000_000_000)
        #expect(pace.nanoseconds(untilDue: 1) == 333_333_334)
        #expect(pace.bytesDue(afterNanoseconds: pace.nanoseconds(untilDue: 1)) == 1)
        #expect(pace.bytesDue(afterNanoseconds: pace.nanoseconds(untilDue: 1) - 1) == 0)
    }

    @Test func aRateBelowOneCountsAsOneByteASecondInPiecesOfOne() {
        let pace = BodyPace(bytesPerSecond: 0)
        #expect(pace.bytesPerSecond == 1)
        #expect(pace.pieceSize == 1)
        #expect(pace.nanoseconds(untilDue: 2) == 2_000_000_000)
    }

    @Test func hugeTimesAndCountsSaturateInsteadOfOverflowing() {
        let fast = BodyPace(bytesPerSecond: .max)
        #expect(fast.bytesDue(afterNanoseconds: .max) == .max)
        let slow = BodyPace(bytesPerSecond: 1)
        #expect(slow.nanoseconds(untilDue: .max) == .max)
    }
}
