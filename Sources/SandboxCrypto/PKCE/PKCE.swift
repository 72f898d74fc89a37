/// Proof Key for Code Exchange (RFC 7636) with the `S256` method.
package enum PKCE {
    /// How long a code verifier may be (RFC 7636 §4.1).
    package static let verifierLengths = 43...128

    /// Whether `verifier` is a well-formed code verifier: 43 to 128 characters, each a letter,
    /// digit, `-`, `.`, `_` or `~` (RFC 7636 §4.1).
    package static func isValidVerifier(_ verifier: String) -> Bool {
        let characters = verifier.utf8
        return verifierLengths.contains(characters.count) && characters.allSatisfy(isUnreserved)
    }

    /// The `S256` code challenge of `verifier`: base64url(SHA-256(ASCII(verifier))), RFC 7636 §4.2.
    package static func challenge(forVerifier verifier: String) -> String {
        Base64URL.encode(SHA256.hash(Array(verifier.utf8)))
    }

    /// Whether `verifier` is well formed and its `S256` challenge equals `challenge`.
    ///
    /// The comparison runs in constant time.
    package static func isMatch(verifier: String, challenge: String) -> Bool {
        guard isValidVerifier(verifier) else { return false }
        return ConstantTime.isEqual(Array(self.challenge(forVerifier: verifier).utf8), Array(challenge.utf8))
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
