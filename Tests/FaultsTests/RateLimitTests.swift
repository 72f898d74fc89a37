import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct RateLimitTests {
    @Test func standardIsA429InTheFamilysFormat() throws {
        let response = RateLimitSpec().response(for: TestRequests.facts("GET", "/fhir/r4/Patient"))
        #expect(response.status == 429)
        #expect(try TestRequests.body(response)["issue"]?[0]?["code"] == "throttled")
        #expect(response.headers["Retry-After"] == nil)
    }

    @Test func retryAfterIsWholeSecondsRoundedUp() {
        let response = RateLimitSpec(retryAfter: 1.2).response(for: TestRequests.facts("POST", "/oauth2/v1/token"))
        #expect(response.headers["Retry-After"] == "2")
        #expect(response.headers["retry-after-ms"] == nil)
    }

    @Test func anthropicGetsTheMillisecondHintAndRateLimitHeaders() throws {
        let facts = TestRequests.facts("POST", "/anthropic/v1/messages")
        let response = RateLimitSpec(retryAfter: 1.5).response(for: facts)
        #expect(try TestRequests.body(response)["error"]?["type"] == "rate_limit_error")
        #expect(response.headers["Retry-After"] == "2")
        #expect(response.headers["retry-after-ms"] == "1500")
        #expect(response.headers["x-should-retry"] == "true")
        #expect(response.headers["anthropic-ratelimit-requests-remaining"] == "0")
        #expect(response.headers["anthropic-ratelimit-requests-reset"] == "2026-01-15T14:00:01.500+00:00")
    }

    @Test func openAIGetsTheMillisecondHint() {
        let response = RateLimitSpec(retryAfter: 3).response(
            for: TestRequests.facts("POST", "/openai/v1/chat/completions")
        )
        #expect(response.headers["Retry-After"] == "3")
        #expect(response.headers["retry-after-ms"] == "3000")
        #expect(response.headers["x-ratelimit-remaining-requests"] == "0")
    }

    @Test func developerOverQPSIsTheLegacyGatewayAnswer() {
        let response = RateLimitSpec(style: .developerOverQPS).response(
            for: TestRequests.facts("GET", "/v1/195900/patients")
        )
        #expect(response.status == 403)
        #expect(response.headers["Content-Type"] == "text/html")
        #expect(response.headers["X-Mashery-Error-Code"] == "ERR_403_DEVELOPER_OVER_QPS")
        #expect(response.headers["Retry-After"] == "1")
        #expect(String(decoding: response.body, as: UTF8.self) == "<h1>Developer Over Qps</h1>")
    }
}
