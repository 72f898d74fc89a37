import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct JSONWebKeySetTests {
    static let set: JSONValue = .object([
        JSONValue.Member(
            "keys",
            [
                TestKeys.rsa.publicJWK(kid: "rsa-1", alg: .rs384),
                TestKeys.p384.publicJWK(kid: "ec-1", alg: .es384),
                TestKeys.otherP384.publicJWK(kid: "ec-2", alg: .es384),
                .object(["kty": "oct", "k": "AAAA", "kid": "secret"]),
            ]
        )
    ])

    @Test func keysAreFoundByKid() throws {
        let keySet = try JSONWebKeySet(json: Self.set)
        #expect(keySet.keys.count == 3)
        #expect(keySet.key(kid: "ec-2", for: .es384)?.kid == "ec-2")
        #expect(keySet.key(kid: "rsa-1", for: .rs384)?.kid == "rsa-1")
        #expect(keySet.key(kid: "missing", for: .es384) == nil)
    }

    @Test func unreadableKeysAreSkippedWithAReason() throws {
        let keySet = try JSONWebKeySet(json: Self.set)
        #expect(keySet.skippedKeys == [.unsupportedKeyType])
    }

    @Test func kidMatchOfTheWrongTypeIsStillReturnedSoVerificationCanSayWhy() throws {
        let keySet = try JSONWebKeySet(json: Self.set)
        #expect(keySet.key(kid: "rsa-1", for: .es384)?.kid == "rsa-1")
    }

    @Test func withoutKidTheOnlySuitableKeyIsChosen() throws {
        let keySet = try JSONWebKeySet(json: Self.set)
        #expect(keySet.key(kid: nil, for: .rs384)?.kid == "rsa-1")
        #expect(keySet.key(kid: nil, for: .es384) == nil, "two EC keys suit ES384, so neither is guessed")
        #expect(keySet.key(kid: nil, for: .es256) == nil)
    }

    @Test func lookupFollowsAParsedTokenHeader() throws {
        let keySet = try JSONWebKeySet(json: Self.set)
        let token = try JWS.sign(
            header: .object(["kid": "ec-1"]),
            claims: TestKeys.claims,
            with: TestKeys.p384,
            algorithm: .es384
        )
        let jws = try JWS.parse(compact: token)
        let key = try #require(keySet.key(for: jws))
        #expect(key.kid == "ec-1")
        #expect(jws.verify(with: key.publicKey))
    }

    @Test func documentsWithoutAKeysArrayAreRefused() {
        #expect(throws: KeyError.notAKeySet) { try JSONWebKeySet(json: .object(["keys": "none"])) }
        #expect(throws: KeyError.notAKeySet) { try JSONWebKeySet(json: [RFC7515Examples.ecJWK]) }
    }
}
