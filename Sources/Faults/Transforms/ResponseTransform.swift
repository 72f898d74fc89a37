package import SandboxHTTP

/// A change to the real answer, which the app applies after the handler has run.
///
/// Each transform is a pure function of the answer and the request's facts. The ones that model
/// a failed or odd success (`outcomeOnlySearchset`, `writeErrorButCommitted`) change only 2xx
/// answers; the link rewrites change only Bundles with links; other answers pass unchanged.
package enum ResponseTransform: Sendable, Equatable {
    /// The body cut at its middle, followed by a stray `#`, so no JSON parser accepts it.
    case malformedJSON
    /// The same body under this `Content-Type`.
    case wrongContentType(String)
    /// A 200 searchset whose only entry is an error OperationOutcome with `search.mode: outcome`.
    case outcomeOnlySearchset
    /// The `next` link's `cursor` moved on by this many records.
    case nextLinkSkips(Int)
    /// This error instead of a successful answer, after the write it reports has committed.
    case writeErrorButCommitted(ErrorSpec)
    /// Every Bundle link written relative to the FHIR base or the host.
    case relativeLinks(LinkStyle)

    /// `response` changed by this transform.
    package func apply(to response: HTTPResponse, facts: RequestFacts) -> HTTPResponse {
        let isSuccess = (200..<300).contains(response.status)
        switch self {
        case .malformedJSON:
            return Self.breakJSON(response)
        case .wrongContentType(let type):
            var changed = response
            changed.headers.replaceOrAdd(name: "Content-Type", value: type)
            return changed
        case .outcomeOnlySearchset:
            return isSuccess ? OutcomeOnlySearchset.response(replacing: response, facts: facts) : response
        case .nextLinkSkips(let skip):
            return BundleLinks.rewrite(response) { relation, url in
                relation == "next" ? BundleLinks.movingCursor(of: url, by: skip) : nil
            }
        case .writeErrorButCommitted(let spec):
            return isSuccess ? spec.response(for: facts) : response
        case .relativeLinks(let style):
            return BundleLinks.rewrite(response) { _, url in BundleLinks.relative(url, style: style) }
        }
    }

    private static func breakJSON(_ response: HTTPResponse) -> HTTPResponse {
        var changed = response
        changed.body = Array(response.body.prefix(response.body.count / 2)) + [UInt8(ascii: "#")]
        return changed
    }
}
