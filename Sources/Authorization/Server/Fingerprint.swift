import SandboxCrypto

/// A short, safe stand-in for a secret in logs: the first 6 hex digits of its SHA-256.
///
/// It lets two log lines be matched to one token without the token being recoverable.
enum Fingerprint {
    static func of(_ secret: String) -> String {
        let digest = SHA256.hash(Array(secret.utf8))
        let hex = Array("0123456789abcdef")
        return String(digest.prefix(3).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 0x0F)]] })
    }
}
