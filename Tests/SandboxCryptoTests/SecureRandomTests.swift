import SandboxCrypto
import Testing

@Suite struct SecureRandomTests {
    @Test func tokensAreDistinct() {
        let tokens = (0..<100).map { _ in SecureRandom.token() }
        #expect(Set(tokens).count == tokens.count)
    }

    @Test func tokenEncodesTheRequestedNumberOfBytes() throws {
        let token = SecureRandom.token(byteCount: 32)
        #expect(token.count == 43)
        let decoded = try #require(Base64URL.decode(token))
        #expect(decoded.count == 32)
    }

    @Test func bytesHaveTheRequestedCountAndVary() {
        #expect(SecureRandom.bytes(count: 0).isEmpty)
        let first = SecureRandom.bytes(count: 16)
        let second = SecureRandom.bytes(count: 16)
        #expect(first.count == 16)
        #expect(first != second)
    }
}
