import SandboxHTTP
import SandboxSupport

/// The headers and refusals a deprecation entry produces.
enum DeprecationAnswers {
    /// `Deprecation: @<unix seconds>` (RFC 9745), `Sunset: <IMF-fixdate>` (RFC 8594) and the
    /// `Link` fields: `rel="deprecation"` for the explanation and, for an endpoint with a
    /// replacement, `rel="successor-version"`.
    static func headers(for entry: Deprecation) -> HTTPHeaders {
        var headers: HTTPHeaders = ["Deprecation": "@\(floorSeconds(entry.deprecation))"]
        if let sunset = entry.sunset {
            headers.add(name: "Sunset", value: HTTPDate.format(milliseconds: sunset))
        }
        if let link = entry.link {
            headers.add(name: "Link", value: "<\(link)>; rel=\"deprecation\"; type=\"text/html\"")
        }
        if case .endpoint = entry.subject, let replacement = entry.replacement {
            headers.add(name: "Link", value: "<\(replacement)>; rel=\"successor-version\"")
        }
        return headers
    }

    /// The refusal of a request that uses `entry`'s subject after its sunset.
    static func refusal(for entry: Deprecation, facts: RequestFacts) -> HTTPResponse {
        let date = FHIRInstant.formatDate(milliseconds: entry.sunset ?? entry.deprecation, offsetMinutes: 0)
        let instead = entry.replacement.map { " Use \($0) instead." } ?? ""
        switch entry.subject {
        case .endpoint:
            let text = "This endpoint was retired on \(date).\(instead)"
            return ErrorBody.response(status: 410, message: text, facts: facts)
        case .parameter(_, let name):
            let text = "The parameter \(name) was retired on \(date).\(instead)"
            let code = facts.family == .fhir ? "not-supported" : nil
            return ErrorBody.response(status: 400, message: text, code: code, facts: facts)
        case .scope(let scope):
            let text = "The scope \(scope) was retired on \(date).\(instead)"
            return ErrorBody.response(
                status: 400,
                format: .family(.oauth),
                message: text,
                code: "invalid_scope",
                facts: facts
            )
        case .model(let model):
            let text = "model: \(model) was retired on \(date).\(instead)"
            let code = facts.family == .openai ? "model_not_found" : nil
            return ErrorBody.response(status: 404, message: text, code: code, facts: facts)
        }
    }

    private static func floorSeconds(_ milliseconds: Int64) -> Int64 {
        milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
    }
}
