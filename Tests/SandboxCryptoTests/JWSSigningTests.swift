import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct JWSSigningTests {
    static let keyAlgorithms = JWSAlgorithm.allCases.filter { $0 != .hs256 }

    @Test(arguments: keyAlgorithms)
    func signedTokenVerifiesWithTheMatchingPublicKey(algorithm: JWSAlgorithm) throws {
        let key = TestKeys.key(for: algorithm)
        let token = try JWS.sign(claims: TestKeys.claims, with: key, algorithm: algorithm)
        let jws = try JWS.parse(compact: token)
        #expect(jws.algorithm == algorithm)
        #expect(jws.header["alg"]?.stringValue == algorithm.rawValue)
        #expect(jws.claims?["iss"] == "client-1")
        #expect(jws.verify(with: key.publicKey))
    }

    @Test(arguments: keyAlgorithms)
    func tamperedPayloadFailsVerification(algorithm: JWSAlgorithm) throws {
        let key = TestKeys.key(for: algorithm)
        let token = try JWS.sign(claims: TestKeys.claims, with: key, algorithm: algorithm)
        var claims = TestKeys.claims
        claims.set("sub", "someone-else")
        let tampered = CompactJWS.replacing(part: 1, of: token, with: Base64URL.encode(claims.encodedBytes()))
        let jws = try JWS.parse(compact: tampered)
        #expect(throws: JWSError.invalidSignature) { try jws.checkSignature(with: key.publicKey) }
    }

    @Test(arguments: keyAlgorithms)
    func tamperedSignatureFailsVerification(algorithm: JWSAlgorithm) throws {
        let key = TestKeys.key(for: algorithm)
        let jws = try JWS.parse(compact: JWS.sign(claims: TestKeys.claims, with: key, algorithm: algorithm))
        for index in [0, jws.signature.count / 2, jws.signature.count - 1] {
            var signature = jws.signature
            signature[index] ^= 0x01
            let token = CompactJWS.replacing(
                part: 2,
                of: String(decoding: jws.signingInput, as: UTF8.self) + ".",
                with: Base64URL.encode(signature)
            )
            #expect(try !JWS.parse(compact: token).verify(with: key.publicKey))
        }
    }

    @Test(arguments: keyAlgorithms)
    func signatureByAnotherKeyFailsVerification(algorithm: JWSAlgorithm) throws {
        let token = try JWS.sign(claims: TestKeys.claims, with: TestKeys.key(for: algorithm), algorithm: algorithm)
        let jws = try JWS.parse(compact: token)
        #expect(throws: JWSError.invalidSignature) {
            try jws.checkSignature(with: TestKeys.otherKey(for: algorithm).publicKey)
        }
    }

    @Test(arguments: keyAlgorithms)
    func exportedJWKVerifiesTheSameSignature(algorithm: JWSAlgorithm) throws {
        let key = TestKeys.key(for: algorithm)
        let token = try JWS.sign(claims: TestKeys.claims, with: key, algorithm: algorithm)
        let imported = try JSONWebKey(json: JSONValue.parse(key.publicJWK(kid: "k1", alg: algorithm).encodedString()))
        #expect(imported.isUsable(for: algorithm))
        #expect(try JWS.parse(compact: token).verify(with: imported.publicKey))
    }

    @Test func headerMembersAreKeptWithAlgorithmFirst() throws {
        let header: JSONValue = .object(["typ": "JWT", "alg": "HS256", "kid": "k1"])
        let token = try JWS.sign(header: header, claims: TestKeys.claims, with: TestKeys.p384, algorithm: .es384)
        let encodedHeader = try #require(token.split(separator: ".").first.flatMap { Base64URL.decode($0) })
        #expect(String(decoding: encodedHeader, as: UTF8.self) == #"{"alg":"ES384","typ":"JWT","kid":"k1"}"#)
    }

    @Test func ecdsaSignaturesHaveTheJOSELength() throws {
        for (algorithm, length) in [(JWSAlgorithm.es256, 64), (.es384, 96), (.es512, 132)] {
            let token = try JWS.sign(claims: TestKeys.claims, with: TestKeys.key(for: algorithm), algorithm: algorithm)
            #expect(try JWS.parse(compact: token).signature.count == length)
        }
    }

    @Test func signingWithAKeyOfTheWrongKindIsRefused() {
        #expect(throws: JWSError.keyMismatch) {
            try JWS.sign(claims: TestKeys.claims, with: TestKeys.rsa, algorithm: .es384)
        }
        #expect(throws: JWSError.keyMismatch) {
            try JWS.sign(claims: TestKeys.claims, with: TestKeys.p256, algorithm: .es384)
        }
        #expect(throws: JWSError.keyMismatch) {
            try JWS.sign(claims: TestKeys.claims, with: TestKeys.p384, algorithm: .rs384)
        }
        #expect(throws: JWSError.secretRequired) {
            try JWS.sign(claims: TestKeys.claims, with: TestKeys.rsa, algorithm: .hs256)
        }
    }

    @Test func nonObjectHeaderOrClaimsAreRefused() {
        #expect(throws: JWSError.claimsNotObject) {
            try JWS.sign(claims: "text", with: TestKeys.p256, algorithm: .es256)
        }
        #expect(throws: JWSError.headerNotObject) {
            try JWS.sign(header: ["alg"], claims: TestKeys.claims, with: TestKeys.p256, algorithm: .es256)
        }
    }
}
