import SandboxHTTP

/// The parameters of an authorize request (query of a `GET`, form body of a `POST`), with the
/// `state` value kept exactly as it arrived.
///
/// `state` is the client's: it must come back to the redirect URI byte for byte, so it is never
/// decoded and encoded again unless its raw form could not safely go into a URL.
struct AuthorizeForm: Sendable {
    let parameters: OAuthParameters
    /// The raw, still percent-encoded `state`, empty when sent empty; nil when absent, sent
    /// more than once, or longer than the parameter limit (such a request is refused, and a
    /// value that cannot be trusted or is too long is not echoed).
    let rawState: String?

    /// Reads the request, or nil when its parameters cannot be decoded.
    init?(_ request: HTTPRequest) {
        let text: String?
        if request.method == "POST" {
            guard request.mediaType == "application/x-www-form-urlencoded" else { return nil }
            text = String(validating: request.body, as: UTF8.self)
        } else {
            text = request.query ?? ""
        }
        guard let text, let items = Self.decode(text) else { return nil }
        parameters = OAuthParameters(items.map { (name: $0.name, value: $0.value) })
        let states = items.filter { $0.name == "state" }
        rawState = states.count == 1 ? states.first.flatMap(Self.echoableState) : nil
    }

    /// The decoded pairs with each raw value, or nil for a malformed escape.
    private static func decode(_ text: String) -> [(name: String, raw: String, value: String)]? {
        var items: [(name: String, raw: String, value: String)] = []
        for piece in text.split(separator: "&") {
            let name = piece.prefix { $0 != "=" }
            let raw = piece.dropFirst(name.count + 1)
            guard let decodedName = HTTPRequest.percentDecode(name, plusAsSpace: true),
                let value = HTTPRequest.percentDecode(raw, plusAsSpace: true)
            else { return nil }
            items.append((name: decodedName, raw: String(raw), value: value))
        }
        return items
    }

    /// The state to send back, or nil when it is over the length limit.
    private static func echoableState(_ item: (name: String, raw: String, value: String)) -> String? {
        guard item.value.count <= OAuthParameters.defaultMaximumLength else { return nil }
        return safeForQuery(item.raw, decoded: item.value)
    }

    /// `raw` when every character may stand in a query as it is, else `decoded` encoded afresh.
    private static func safeForQuery(_ raw: String, decoded: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*+,;=:@/?%".utf8)
        return raw.utf8.allSatisfy(allowed.contains) ? raw : FormEncoding.encode(decoded)
    }
}
