import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

/// Tokens per client per simulated minute: 5 in preview, 50 in production, then 429.
@Suite struct OAuthRateLimitTests {
    @Test(arguments: [(OAuthServer.Configuration.Profile.preview, 5), (.production, 50)])
    func theLimitHoldsUntilTheMinuteEnds(profile: OAuthServer.Configuration.Profile, limit: Int) throws {
        let harness = try OAuthHarness(OAuthServer.Configuration(profile: profile))
        harness.clock.set(to: 1_768_485_600_000 + 20_500)  // 20.5 s into a minute

        for _ in 0..<limit {
            #expect(harness.serviceToken(scope: "system/Patient.read").status == 200)
        }
        let refused = harness.serviceToken(scope: "system/Patient.read")
        #expect(refused.status == 429)
        #expect(refused.json["error"] == "rate_limited")
        #expect(refused.json["error_description"]?.stringValue?.isEmpty == false)
        #expect(refused.headers["Retry-After"] == "40")

        harness.clock.advance(byMilliseconds: 30_000)
        let stillRefused = harness.serviceToken(scope: "system/Patient.read")
        #expect(stillRefused.status == 429)
        #expect(stillRefused.headers["Retry-After"] == "10")

        harness.clock.advance(byMilliseconds: 9_500)
        #expect(harness.serviceToken(scope: "system/Patient.read").status == 200)
    }

    @Test func failedRequestsDoNotSpendTheAllowance() throws {
        let harness = try OAuthHarness()
        for _ in 0..<8 {
            #expect(harness.serviceToken(scope: "system/Patient.bogus").status == 400)
        }
        for _ in 0..<5 {
            #expect(harness.serviceToken(scope: "system/Patient.read").status == 200)
        }
        #expect(harness.serviceToken(scope: "system/Patient.read").status == 429)
    }

    @Test func eachClientHasItsOwnAllowance() throws {
        let harness = try OAuthHarness()
        for _ in 0..<5 { _ = harness.serviceToken(scope: "system/Patient.read") }
        #expect(harness.serviceToken(scope: "system/Patient.read").status == 429)

        let pkce = PKCEPair()
        let code = try harness.authorizeCode(pkce: pkce)
        #expect(harness.exchange(code, verifier: pkce.verifier).status == 200)
    }

    @Test func theLimiterCountsByWholeMinutes() {
        let limiter = TokenRateLimiter(limit: 2)
        let minuteStart: Int64 = 1_768_485_600_000
        #expect(limiter.admit(clientID: "a", now: minuteStart + 59_000) == .admitted)
        #expect(limiter.admit(clientID: "a", now: minuteStart + 59_100) == .admitted)
        #expect(limiter.admit(clientID: "a", now: minuteStart + 59_999) == .limited(retryAfter: 1))
        #expect(limiter.admit(clientID: "a", now: minuteStart + 60_000) == .admitted)
    }
}
