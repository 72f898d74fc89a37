import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct JSONWebKeyTests {
    @Test func publishedRSAKeyIsRead() throws {
        let key = try JSONWebKey(json: RFC7515Examples.rsaJWK)
        #expect(key.publicKey.kind == .rsa(bits: 2048))
        #expect(key.kid == nil)
        #expect(key.isUsable(for: .rs256))
        #expect(!key.isUsable(for: .es256))
    }

    @Test func publishedECKeyIsReadAndReexportedUnchanged() throws {
        let key = try JSONWebKey(json: RFC7515Examples.ecJWK)
        #expect(key.publicKey.kind == .ec(.p256))
        let exported = key.publicKey.jwk()
        #expect(exported["x"] == RFC7515Examples.ecJWK["x"])
        #expect(exported["y"] == RFC7515Examples.ecJWK["y"])
    }

    @Test func optionalMembersAreKept() throws {
        var json = RFC7515Examples.ecJWK
        json.set("kid", "key-7")
        json.set("alg", "ES256")
        json.set("use", "sig")
        json.set("key_ops", ["verify"])
        let key = try JSONWebKey(json: json)
        #expect(key.kid == "key-7")
        #expect(key.alg == "ES256")
        #expect(key.use == "sig")
        #expect(key.keyOperations == ["verify"])
    }

    @Test func missingMembersAreNamed() {
        for member in ["kty", "crv", "x", "y"] {
            var json = RFC7515Examples.ecJWK
            json.set(member, nil)
            #expect(throws: KeyError.missingMember(member)) { try JSONWebKey(json: json) }
        }
        var rsa = RFC7515Examples.rsaJWK
        rsa.set("e", nil)
        #expect(throws: KeyError.missingMember("e")) { try JSONWebKey(json: rsa) }
    }

    @Test func malformedMembersAreNamed() {
        var json = RFC7515Examples.ecJWK
        json.set("x", "not+base64url")
        #expect(throws: KeyError.invalidMember("x")) { try JSONWebKey(json: json) }
        json = RFC7515Examples.ecJWK
        json.set("y", .string(Base64URL.encode([UInt8](repeating: 1, count: 31))))
        #expect(throws: KeyError.invalidMember("y")) { try JSONWebKey(json: json) }
        json = RFC7515Examples.ecJWK
        json.set("kid", 7)
        #expect(throws: KeyError.invalidMember("kid")) { try JSONWebKey(json: json) }
    }

    @Test func unsupportedTypesAndCurvesAreRefused() {
        #expect(throws: KeyError.unsupportedKeyType) { try JSONWebKey(json: .object(["kty": "oct", "k": "AAAA"])) }
        var json = RFC7515Examples.ecJWK
        json.set("crv", "secp256k1")
        #expect(throws: KeyError.unsupportedCurve) { try JSONWebKey(json: json) }
        #expect(throws: KeyError.notAnObject) { try JSONWebKey(json: ["kty"]) }
    }

    @Test func pointOffTheCurveIsRefused() {
        var json = RFC7515Examples.ecJWK
        json.set("y", json["x"])
        #expect(throws: KeyError.self) { try JSONWebKey(json: json) }
    }

    @Test func shortRSAModulusIsRefused() {
        let modulus: [UInt8] = [0xC1] + [UInt8](repeating: 0x5A, count: 126) + [0x01]
        let json: JSONValue = .object([
            JSONValue.Member("kty", "RSA"),
            JSONValue.Member("n", .string(Base64URL.encode(modulus))),
            JSONValue.Member("e", "AQAB"),
        ])
        #expect(throws: KeyError.rsaKeyTooShort(bits: 1024)) { try JSONWebKey(json: json) }
    }

    @Test func useAndAlgorithmLimitWhatAKeyVerifies() throws {
        var json = TestKeys.p384.publicJWK(alg: .es384)
        #expect(try JSONWebKey(json: json).isUsable(for: .es384))
        json.set("use", "enc")
        #expect(try !JSONWebKey(json: json).isUsable(for: .es384))
        json.set("use", nil)
        json.set("key_ops", ["encrypt"])
        #expect(try !JSONWebKey(json: json).isUsable(for: .es384))
        json = TestKeys.rsa.publicJWK(alg: .rs384)
        #expect(try !JSONWebKey(json: json).isUsable(for: .rs256))
    }
}
