import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct JWSParsingTests {
    @Test(arguments: ["none", "None", "NONE"])
    func unsecuredTokensAreRefused(algorithm: String) {
        let token = CompactJWS.make(header: #"{"alg":"\#(algorithm)"}"#, payload: #"{"sub":"x"}"#, signature: [])
        #expect(throws: JWSError.unsecured) { try JWS.parse(compact: token) }
    }

    @Test func unknownOrMissingAlgorithmsAreRefused() {
        let unknown = CompactJWS.make(header: #"{"alg":"RS1"}"#, payload: "{}", signature: [1])
        #expect(throws: JWSError.unsupportedAlgorithm) { try JWS.parse(compact: unknown) }
        let missing = CompactJWS.make(header: #"{"typ":"JWT"}"#, payload: "{}", signature: [1])
        #expect(throws: JWSError.missingAlgorithm) { try JWS.parse(compact: missing) }
        let numeric = CompactJWS.make(header: #"{"alg":256}"#, payload: "{}", signature: [1])
        #expect(throws: JWSError.missingAlgorithm) { try JWS.parse(compact: numeric) }
    }

    @Test func criticalExtensionsAreRefused() {
        let header = #"{"alg":"ES256","crit":["b64"],"b64":false}"#
        let token = CompactJWS.make(header: header, payload: "{}", signature: [1])
        #expect(throws: JWSError.unsupportedCriticalHeader) { try JWS.parse(compact: token) }
    }

    @Test(arguments: ["", "abc", "a.b", "a.b.c.d", "a.b.c.d.e"])
    func wrongNumberOfPartsIsRefused(text: String) {
        #expect(throws: JWSError.notCompact) { try JWS.parse(compact: text) }
    }

    @Test func emptyPartsHaveNoHeader() {
        #expect(throws: JWSError.headerNotObject) { try JWS.parse(compact: "..") }
    }

    @Test func malformedPartsAreNamed() throws {
        let valid = try JWS.sign(claims: TestKeys.claims, with: TestKeys.p256, algorithm: .es256)
        #expect(throws: JWSError.invalidEncoding(part: "header")) {
            try JWS.parse(compact: CompactJWS.replacing(part: 0, of: valid, with: "eyJ!"))
        }
        #expect(throws: JWSError.invalidEncoding(part: "payload")) {
            try JWS.parse(compact: CompactJWS.replacing(part: 1, of: valid, with: "e30="))
        }
        #expect(throws: JWSError.invalidEncoding(part: "signature")) {
            try JWS.parse(compact: CompactJWS.replacing(part: 2, of: valid, with: "a+b/"))
        }
        #expect(throws: JWSError.headerNotObject) {
            try JWS.parse(compact: CompactJWS.replacing(part: 0, of: valid, with: Base64URL.encode(Array("[1]".utf8))))
        }
    }

    @Test func overlongTextIsRefused() {
        let text = String(repeating: "a", count: JWS.maximumLength + 1)
        #expect(throws: JWSError.tooLong) { try JWS.parse(compact: text) }
    }

    @Test func nonJSONPayloadHasNoClaims() throws {
        let token = CompactJWS.make(header: #"{"alg":"HS256","kid":"k"}"#, payload: "plain text", signature: [1, 2])
        let jws = try JWS.parse(compact: token)
        #expect(jws.claims == nil)
        #expect(jws.payload == Array("plain text".utf8))
        #expect(jws.kid == "k")
        #expect(jws.signature == [1, 2])
    }

    @Test func signingInputIsTheFirstTwoPartsAsWritten() throws {
        let jws = try JWS.parse(compact: RFC7515Examples.rs256JWS)
        let expected = "eyJhbGciOiJSUzI1NiJ9." + RFC7515Examples.payload
        #expect(jws.signingInput == Array(expected.utf8))
    }
}
