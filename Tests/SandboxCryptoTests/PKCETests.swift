import SandboxCrypto
import Testing

@Suite struct PKCETests {
    /// The verifier and challenge of RFC 7636 Appendix B.
    static let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    static let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"

    @Test func challengeMatchesRFC7636AppendixB() {
        #expect(PKCE.challenge(forVerifier: Self.verifier) == Self.challenge)
    }

    @Test func verifierAndDigestOctetsMatchRFC7636AppendixB() {
        let verifierOctets: [UInt8] = [
            116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214,
            191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
        ]
        let digestOctets: [UInt8] = [
            19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120, 173, 109, 241, 68,
            86, 110, 225, 137, 74, 203, 112, 249, 195,
        ]
        #expect(Base64URL.encode(verifierOctets) == Self.verifier)
        #expect(SHA256.hash(Array(Self.verifier.utf8)) == digestOctets)
    }

    @Test func matchingAcceptsTheRightVerifierOnly() {
        #expect(PKCE.isMatch(verifier: Self.verifier, challenge: Self.challenge))
        #expect(!PKCE.isMatch(verifier: Self.verifier + "A", challenge: Self.challenge))
        #expect(!PKCE.isMatch(verifier: Self.verifier, challenge: Self.challenge.lowercased()))
    }

    @Test func verifierLengthMustBeBetween43And128() {
        #expect(!PKCE.isValidVerifier(String(repeating: "a", count: 42)))
        #expect(PKCE.isValidVerifier(String(repeating: "a", count: 43)))
        #expect(PKCE.isValidVerifier(String(repeating: "a", count: 128)))
        #expect(!PKCE.isValidVerifier(String(repeating: "a", count: 129)))
    }

    @Test func verifierAllowsOnlyUnreservedCharacters() {
        let base = String(repeating: "a", count: 42)
        for allowed in ["-", ".", "_", "~", "Z", "9"] {
            #expect(PKCE.isValidVerifier(base + allowed))
        }
        for refused in ["+", "/", "=", " ", "%", "é"] {
            #expect(!PKCE.isValidVerifier(base + refused))
        }
    }

    @Test func malformedVerifierNeverMatches() {
        let short = "abc"
        #expect(!PKCE.isMatch(verifier: short, challenge: PKCE.challenge(forVerifier: short)))
    }
}
