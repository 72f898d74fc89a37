import SandboxCrypto

/// The shape of client ids: athenaOne's Okta look for generated ones, a safe charset for all.
package enum ClientID {
    /// How many characters follow the `0oa` prefix in a generated id.
    package static let generatedSuffixLength = 17

    private static let alphanumerics = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// A new unpredictable id: `0oa` followed by 17 letters and digits.
    package static func generate() -> String {
        "0oa" + randomAlphanumerics(count: generatedSuffixLength)
    }

    /// A new client secret: 32 unpredictable bytes as base64url.
    package static func generateSecret() -> String {
        SecureRandom.token(byteCount: 32)
    }

    /// Whether `id` looks like an id athenaOne issues: `0oa` and 17 letters or digits.
    package static func isAthenaShaped(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        return bytes.count == 3 + generatedSuffixLength && id.hasPrefix("0oa")
            && bytes.dropFirst(3).allSatisfy { alphanumerics.contains($0) }
    }

    /// Whether `id` may name a client: 1 to 64 letters, digits, `-`, `.`, `_` or `~`.
    ///
    /// These characters need no escaping in a URL path, a form body or a Basic credential.
    package static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        return (1...64).contains(bytes.count)
            && bytes.allSatisfy { alphanumerics.contains($0) || Array("-._~".utf8).contains($0) }
    }

    /// `count` characters drawn uniformly from the alphanumerics by rejection sampling.
    private static func randomAlphanumerics(count: Int) -> String {
        var result: [UInt8] = []
        while result.count < count {
            // 62 * 4 = 248: bytes at or above it would bias the draw, so they are skipped.
            for byte in SecureRandom.bytes(count: count * 2) where byte < 248 && result.count < count {
                result.append(alphanumerics[Int(byte) % alphanumerics.count])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
