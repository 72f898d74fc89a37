import SandboxSupport

/// The `exp`, `iat` and `nbf` claims of a client assertion, in milliseconds, and whether they
/// hold at a given instant.
struct AssertionTimes: Sendable {
    /// How far ahead of `now` an assertion's `exp` may lie.
    static let maximumLifetime: Int64 = 300_000
    /// How far ahead of `now` `iat` and `nbf` may lie, for clocks that drift a little.
    static let allowedSkew: Int64 = 60_000

    let expiry: Int64
    let issuedAt: Int64?
    let notBefore: Int64?

    /// Reads the claims; `exp` is required, `iat` and `nbf` are optional.
    ///
    /// - Throws: `invalid_client` naming the claim that is missing or not a number.
    init(_ claims: JSONValue) throws(OAuthError) {
        guard let expiry = try Self.milliseconds(claims, "exp") else { throw Self.refusal("exp") }
        self.expiry = expiry
        issuedAt = try Self.milliseconds(claims, "iat")
        notBefore = try Self.milliseconds(claims, "nbf")
    }

    /// Why the times do not hold at `now` (milliseconds), or nil when they do.
    func problem(at now: Int64) -> String? {
        if expiry <= now { return "has expired" }
        if expiry > now + Self.maximumLifetime { return "has an exp more than 5 minutes ahead" }
        if let issuedAt, issuedAt > now + Self.allowedSkew { return "has an iat in the future" }
        if let notBefore, notBefore > now + Self.allowedSkew { return "is not valid yet (nbf)" }
        return nil
    }

    private static func milliseconds(_ claims: JSONValue, _ name: String) throws(OAuthError) -> Int64? {
        guard let value = claims[name], value != .null else { return nil }
        guard let seconds = value.doubleValue, seconds.isFinite, abs(seconds) < 1e12 else { throw refusal(name) }
        return Int64(seconds * 1000)
    }

    private static func refusal(_ claim: String) -> OAuthError {
        .invalidClient("client_assertion needs a numeric \(claim)", basicChallenge: false)
    }
}
