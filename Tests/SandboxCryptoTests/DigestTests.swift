import SandboxCrypto
import Testing

@Suite struct DigestTests {
    @Test func sha256OfABCMatchesFIPSExample() {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(Hex.string(digest) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func sha256OfEmptyInputIsTheKnownDigest() {
        let digest = SHA256.hash([UInt8]())
        #expect(Hex.string(digest) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func hmacSHA256MatchesRFC4231TestCase2() {
        let code = HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(Hex.string(code) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func hmacSHA256AcceptsAnEmptyKeyAndMessage() {
        let code = HMAC.sha256(key: [UInt8](), message: [UInt8]())
        #expect(Hex.string(code) == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }

    @Test func constantTimeComparisonSeesEqualityAndDifference() {
        #expect(ConstantTime.isEqual([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.isEqual([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.isEqual([1, 2, 3], [1, 2]))
        #expect(ConstantTime.isEqual([UInt8](), [UInt8]()))
    }
}
