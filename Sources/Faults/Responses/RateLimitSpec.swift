package import SandboxHTTP
import SandboxSupport

/// A throttled answer: a 429 in the family's format, or athenaOne's legacy gateway form.
package struct RateLimitSpec: Sendable, Equatable {
    /// Which throttling answer to send.
    package enum Style: String, Sendable, CaseIterable {
        /// 429 in the request's family format, with the retry hints the clients read.
        case standard
        /// The legacy athenaOne gateway's answer to too many calls per second: 403, an HTML
        /// `<h1>Developer Over Qps</h1>`, `X-Mashery-Error-Code: ERR_403_DEVELOPER_OVER_QPS`
        /// and `Retry-After`.
        case developerOverQPS = "developer-over-qps"
    }

    package var style: Style
    /// Seconds the client should wait; fractions are allowed.
    package var retryAfter: Double?
    package var message: String?

    package init(style: Style = .standard, retryAfter: Double? = nil, message: String? = nil) {
        self.style = style
        self.retryAfter = retryAfter
        self.message = message
    }

    /// The answer for a request with `facts`.
    ///
    /// With `retryAfter`, the standard form sends `Retry-After` in whole seconds (rounded up);
    /// model families also get `retry-after-ms` with the exact value, which their SDKs prefer,
    /// `x-should-retry: true`, and the family's "remaining: 0" rate-limit headers.
    package func response(for facts: RequestFacts) -> HTTPResponse {
        switch style {
        case .developerOverQPS: return developerOverQPS()
        case .standard: break
        }
        var response = ErrorBody.response(status: 429, message: message, facts: facts)
        guard let retryAfter else { return response }
        response.headers.add(name: "Retry-After", value: String(Int(retryAfter.rounded(.up))))
        let milliseconds = Int64((retryAfter * 1000).rounded())
        switch facts.family {
        case .anthropic:
            response.headers.add(name: "retry-after-ms", value: String(milliseconds))
            response.headers.add(name: "x-should-retry", value: "true")
            response.headers.add(name: "anthropic-ratelimit-requests-remaining", value: "0")
            let reset = InstantText.format(facts.now + milliseconds)
            response.headers.add(name: "anthropic-ratelimit-requests-reset", value: reset)
        case .openai:
            response.headers.add(name: "retry-after-ms", value: String(milliseconds))
            response.headers.add(name: "x-should-retry", value: "true")
            response.headers.add(name: "x-ratelimit-remaining-requests", value: "0")
            response.headers.add(name: "x-ratelimit-reset-requests", value: "\(milliseconds)ms")
        default:
            break
        }
        return response
    }

    private func developerOverQPS() -> HTTPResponse {
        let seconds = retryAfter.map { Int($0.rounded(.up)) } ?? 1
        return HTTPResponse(
            status: 403,
            headers: [
                "Content-Type": "text/html",
                "X-Mashery-Error-Code": "ERR_403_DEVELOPER_OVER_QPS",
                "Retry-After": String(seconds),
            ],
            body: Array("<h1>Developer Over Qps</h1>".utf8)
        )
    }
}

// MARK: - JSON

extension RateLimitSpec {
    static let members = ["style", "retryAfter", "message"]

    init(reader: FieldReader) throws(FaultsError) {
        style = try reader.choice("style", Style.allCases.map(\.rawValue)).flatMap(Style.init) ?? .standard
        retryAfter = try reader.double("retryAfter", in: 0...86_400)
        message = try reader.string("message")
    }

    var jsonMembers: [JSONValue.Member] {
        var members = [JSONValue.Member("style", .string(style.rawValue))]
        if let retryAfter { members.append(JSONValue.Member("retryAfter", .double(retryAfter))) }
        if let message { members.append(JSONValue.Member("message", .string(message))) }
        return members
    }
}
