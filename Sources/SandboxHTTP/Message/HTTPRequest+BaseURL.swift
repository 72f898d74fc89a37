/// The absolute URL a client reached the server by, so links and issued URLs work from where it
/// stands.
extension HTTPRequest {
    /// `scheme://host[/prefix]` as the client sees it, with no trailing slash.
    ///
    /// Honours `X-Forwarded-Proto` (only `http` or `https`), `X-Forwarded-Host` and
    /// `X-Forwarded-Prefix` from a proxy in front, then the `Host` header, then `fallbackHost`.
    /// A header value with spaces or characters a URL cannot hold is ignored.
    package func externalBaseURL(fallbackHost: String) -> String {
        let scheme = Self.firstForwardedValue(headers["X-Forwarded-Proto"]).flatMap {
            $0 == "https" || $0 == "http" ? $0 : nil
        }
        let host =
            Self.firstForwardedValue(headers["X-Forwarded-Host"]) ?? Self.firstForwardedValue(headers["Host"])
            ?? fallbackHost
        var prefix = Self.firstForwardedValue(headers["X-Forwarded-Prefix"]) ?? ""
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if !prefix.isEmpty, !prefix.hasPrefix("/") { prefix = "/" + prefix }
        return "\(scheme ?? "http")://\(host)\(prefix)"
    }

    /// The first of a comma-separated header value, trimmed; proxies append to these lists.
    private static func firstForwardedValue(_ header: String?) -> String? {
        guard let header, let piece = header.split(separator: ",").first else { return nil }
        let value = String(
            piece.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        )
        return !value.isEmpty && value.allSatisfy(isURLSafe) ? value : nil
    }

    private static func isURLSafe(_ character: Character) -> Bool {
        guard character.isASCII, !character.isWhitespace else { return false }
        return !"\"<>\\^`{|}".contains(character)
    }
}
