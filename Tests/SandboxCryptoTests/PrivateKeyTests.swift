import SandboxCrypto
import SandboxSupport
import Testing

@Suite struct PrivateKeyTests {
    @Test func generatedKeysReportTheirKind() throws {
        #expect(TestKeys.rsa.kind == .rsa(bits: 2048))
        #expect(TestKeys.p256.kind == .ec(.p256))
        #expect(try PrivateKey.generateEC(curve: .p384).kind == .ec(.p384))
    }

    @Test func rsaKeysShorterThan2048BitsAreRefused() {
        #expect(throws: KeyError.rsaKeyTooShort(bits: 1024)) { try PrivateKey.generateRSA(bits: 1024) }
    }

    @Test func pemRoundTripKeepsTheKey() throws {
        for key in [TestKeys.rsa, TestKeys.p384] {
            let pem = key.pemRepresentation
            #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
            let reread = try PrivateKey(pem: pem)
            #expect(reread.kind == key.kind)
            #expect(reread.publicJWK() == key.publicJWK())
        }
    }

    @Test func traditionalECPEMIsRead() throws {
        let key = try PrivateKey(pem: Self.traditionalECKey)
        #expect(key.kind == .ec(.p256))
    }

    @Test func encryptedPEMIsRefusedWithoutPrompting() {
        #expect(throws: KeyError.unreadablePEM) { try PrivateKey(pem: Self.encryptedECKey) }
    }

    @Test func unsupportedKeyTypesAndGarbageAreRefused() {
        #expect(throws: KeyError.unsupportedKeyType) { try PrivateKey(pem: Self.ed25519Key) }
        #expect(throws: KeyError.unreadablePEM) { try PrivateKey(pem: "not a key") }
    }

    @Test func rsaPublicJWKHasModulusAndExponentOnly() throws {
        let jwk = TestKeys.rsa.publicJWK(kid: "rsa-1", alg: .rs384)
        #expect(jwk.members?.map(\.key) == ["kty", "n", "e", "kid", "alg", "use"])
        #expect(jwk["kty"] == "RSA")
        #expect(jwk["e"] == "AQAB")
        #expect(jwk["alg"] == "RS384")
        let modulus = try #require(jwk["n"]?.stringValue.flatMap(Base64URL.decode))
        #expect(modulus.count == 256)
        #expect(modulus.first.map { $0 >= 0x80 } == true)
    }

    @Test(arguments: EllipticCurve.allCases)
    func ecPublicJWKHasFullLengthCoordinates(curve: EllipticCurve) throws {
        let jwk = try PrivateKey.generateEC(curve: curve).publicJWK()
        #expect(jwk.members?.map(\.key) == ["kty", "crv", "x", "y", "use"])
        #expect(jwk["crv"]?.stringValue == curve.jwkName)
        for member in ["x", "y"] {
            let coordinate = try #require(jwk[member]?.stringValue.flatMap(Base64URL.decode))
            #expect(coordinate.count == curve.coordinateByteCount)
        }
    }

    /// A P-256 key in the SEC 1 `EC PRIVATE KEY` form, made for these tests.
    static let traditionalECKey = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIKSaxJ1WkerAwmwYvDlgQpNM+LHnzqsR4SG5Gkcr2Sj2oAoGCCqGSM49
        AwEHoUQDQgAEGSRZ+DrVDjMyvXqht/wLXvHHfpiKDjXrMvGFzXccTA6ES4Xxwcv4
        iZJiUxV0fVj+8LhoFoRC/hwmNTJoZAF2gA==
        -----END EC PRIVATE KEY-----
        """

    /// The same key encrypted with a passphrase (PKCS #8, AES-256-CBC).
    static let encryptedECKey = """
        -----BEGIN ENCRYPTED PRIVATE KEY-----
        MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgmrXbz/WQn6wICCAAw
        DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEECfcIFFmP7BkKat5un95CmoEgZCZ
        l9roa+G3W5vhLc2XdYl2le/vrLjH8nWqzIHfgzWtPqp5fkVQsikiwZf8DAcUIror
        NjRc9PEbAAlnFurz2pwpt8JkYjT8GoLWfAiW5pwCCrZDi4O96nDpCT+c6zwvO/9z
        QjOBhFuNGivSamWwgvfJEqL8UUs6zIWgN2EFuLz3lIDU8f30xS2k9qIX+eazEcs=
        -----END ENCRYPTED PRIVATE KEY-----
        """

    /// An Ed25519 key, a type JOSE signing here does not support.
    static let ed25519Key = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEIHGH2/0g/5PCIhjU5itl1O/BPYi+M4BIMutEDR944nP/
        -----END PRIVATE KEY-----
        """
}
