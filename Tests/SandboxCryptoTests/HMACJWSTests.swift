import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct HMACJWSTests {
    static let secret = Array(SecureRandom.token().utf8)

    @Test func hs256TokenVerifiesWithTheSameSecretOnly() throws {
        let token = try JWS.sign(claims: TestKeys.claims, secret: Self.secret)
        let jws = try JWS.parse(compact: token)
        #expect(jws.algorithm == .hs256)
        #expect(jws.verify(secret: Self.secret))
        #expect(throws: JWSError.invalidSignature) { try jws.checkSignature(secret: Array(SecureRandom.token().utf8)) }
    }

    @Test func hs256SignatureIsHMACOfTheSigningInput() throws {
        let jws = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, secret: Self.secret))
        #expect(jws.signature == HMAC.sha256(key: Self.secret, message: jws.signingInput))
    }

    @Test func tamperedHS256TokenFails() throws {
        let token = try JWS.sign(claims: TestKeys.claims, secret: Self.secret)
        let tampered = CompactJWS.replacing(part: 1, of: token, with: Base64URL.encode(Array(#"{"iss":"x"}"#.utf8)))
        #expect(try !JWS.parse(compact: tampered).verify(secret: Self.secret))
    }

    @Test func shortSecretsAreRefused() throws {
        let short = [UInt8](repeating: 7, count: 31)
        #expect(throws: JWSError.secretTooShort) { try JWS.sign(claims: TestKeys.claims, secret: short) }
        let jws = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, secret: Self.secret))
        #expect(throws: JWSError.secretTooShort) { try jws.checkSignature(secret: short) }
    }

    @Test func secretsAndKeysAreNotInterchangeable() throws {
        let hmacToken = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, secret: Self.secret))
        #expect(throws: JWSError.secretRequired) { try hmacToken.checkSignature(with: TestKeys.rsa.publicKey) }

        let rsaToken = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, with: TestKeys.rsa, algorithm: .rs256))
        #expect(throws: JWSError.keyRequired) { try rsaToken.checkSignature(secret: Self.secret) }
    }
}
