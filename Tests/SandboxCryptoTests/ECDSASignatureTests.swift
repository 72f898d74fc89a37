import SandboxCrypto
import Testing

@Suite struct ECDSASignatureTests {
    /// R = 5 (31 leading zero bytes), S = 0x80 0x01 ... 0x01 (top bit set).
    static let raw: [UInt8] =
        [UInt8](repeating: 0, count: 31) + [0x05] + [0x80] + [UInt8](repeating: 0x01, count: 31)

    /// The DER form: SEQUENCE { INTEGER 5, INTEGER 0x00 0x80 0x01 ... }, minimal lengths.
    static let der: [UInt8] =
        [0x30, 0x26, 0x02, 0x01, 0x05, 0x02, 0x21, 0x00, 0x80] + [UInt8](repeating: 0x01, count: 31)

    @Test func shortRAndHighBitSAreEncodedMinimally() {
        #expect(ECDSASignature.der(fromRaw: Self.raw, coordinateByteCount: 32) == Self.der)
    }

    @Test func decodingPadsShortValuesBackToTheCurveSize() {
        #expect(ECDSASignature.raw(fromDER: Self.der, coordinateByteCount: 32) == Self.raw)
    }

    @Test func p521ValuesUseSixtySixBytes() throws {
        let raw = [UInt8](repeating: 0, count: 65) + [0x01] + [0x01] + [UInt8](repeating: 0xFF, count: 65)
        let der = try #require(ECDSASignature.der(fromRaw: raw, coordinateByteCount: 66))
        #expect(ECDSASignature.raw(fromDER: der, coordinateByteCount: 66) == raw)
    }

    @Test func rawOfTheWrongLengthIsRefused() {
        #expect(ECDSASignature.der(fromRaw: Array(Self.raw.dropLast()), coordinateByteCount: 32) == nil)
        #expect(ECDSASignature.der(fromRaw: [], coordinateByteCount: 32) == nil)
    }

    @Test func valuesTooLargeForTheCurveAreRefused() {
        #expect(ECDSASignature.raw(fromDER: Self.der, coordinateByteCount: 31) == nil)
    }

    @Test func malformedDERIsRefused() {
        #expect(ECDSASignature.raw(fromDER: Self.der + [0x00], coordinateByteCount: 32) == nil)
        #expect(ECDSASignature.raw(fromDER: Array(Self.der.dropLast()), coordinateByteCount: 32) == nil)
        #expect(ECDSASignature.raw(fromDER: [], coordinateByteCount: 32) == nil)
        #expect(ECDSASignature.raw(fromDER: Self.raw, coordinateByteCount: 32) == nil)
    }
}
