import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct JWSVerificationTests {
    @Test func rfc7515AppendixA2RS256ExampleVerifies() throws {
        let jws = try JWS.parse(compact: RFC7515Examples.rs256JWS)
        let key = try JSONWebKey(json: RFC7515Examples.rsaJWK)
        #expect(jws.algorithm == .rs256)
        #expect(jws.claims?["iss"] == "joe")
        #expect(jws.claims?["exp"] == 1_300_819_380)
        #expect(jws.verify(with: key.publicKey))
    }

    @Test func rfc7515AppendixA3ES256ExampleVerifies() throws {
        let jws = try JWS.parse(compact: RFC7515Examples.es256JWS)
        let key = try JSONWebKey(json: RFC7515Examples.ecJWK)
        #expect(jws.algorithm == .es256)
        #expect(jws.verify(with: key.publicKey))
    }

    @Test func publishedSignatureFailsUnderTheOtherPublishedKey() throws {
        let rsaToken = try JWS.parse(compact: RFC7515Examples.rs256JWS)
        let ecKey = try JSONWebKey(json: RFC7515Examples.ecJWK)
        #expect(throws: JWSError.keyMismatch) { try rsaToken.checkSignature(with: ecKey.publicKey) }
    }

    @Test func rsaKeyForAnES384TokenIsRefused() throws {
        let ecToken = try JWS.sign(claims: TestKeys.claims, with: TestKeys.p384, algorithm: .es384)
        #expect(throws: JWSError.keyMismatch) {
            try JWS.parse(compact: ecToken).checkSignature(with: TestKeys.rsa.publicKey)
        }

        // A header claiming ES384 over an RSA signature, checked with that RSA key.
        let rsaToken = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, with: TestKeys.rsa, algorithm: .rs384))
        let relabelled = CompactJWS.make(
            header: #"{"alg":"ES384"}"#,
            payload: TestKeys.claims.encodedString(),
            signature: rsaToken.signature
        )
        let jws = try JWS.parse(compact: relabelled)
        #expect(throws: JWSError.keyMismatch) { try jws.checkSignature(with: TestKeys.rsa.publicKey) }
        #expect(!jws.verify(with: TestKeys.rsa.publicKey))
    }

    @Test func ecKeyOnTheWrongCurveIsRefused() throws {
        let token = try JWS.sign(claims: TestKeys.claims, with: TestKeys.p384, algorithm: .es384)
        #expect(throws: JWSError.keyMismatch) {
            try JWS.parse(compact: token).checkSignature(with: TestKeys.p256.publicKey)
        }
    }

    @Test func ecdsaSignatureInDERFormIsRefused() throws {
        let jws = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, with: TestKeys.p256, algorithm: .es256))
        let der = try #require(ECDSASignature.der(fromRaw: jws.signature, coordinateByteCount: 32))
        let payload = TestKeys.claims.encodedString()
        let token = CompactJWS.make(header: #"{"alg":"ES256"}"#, payload: payload, signature: der)
        #expect(try !JWS.parse(compact: token).verify(with: TestKeys.p256.publicKey))
    }

    @Test func emptySignatureIsRefused() throws {
        let token = CompactJWS.make(header: #"{"alg":"RS256"}"#, payload: "{}", signature: [])
        #expect(try !JWS.parse(compact: token).verify(with: TestKeys.rsa.publicKey))
    }
}
