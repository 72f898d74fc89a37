import SandboxHTTP

/// The absolute base URL a client reached the sandbox by, so links work from where it stands.
///
/// Honours `X-Forwarded-Proto`, `X-Forwarded-Host` and `X-Forwarded-Prefix` from a proxy in
/// front, then the `Host` header.
enum BaseURL {
    static func of(_ request: HTTPRequest, fallbackHost: String, path: String) -> String {
        let forwarded = firstValue(request.headers["X-Forwarded-Proto"])?.lowercased()
        let scheme = forwarded == "https" ? "https" : "http"
        let host = firstValue(request.headers["X-Forwarded-Host"]) ?? request.headers["Host"] ?? fallbackHost
        var prefix = firstValue(request.headers["X-Forwarded-Prefix"]) ?? ""
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if !prefix.isEmpty, !prefix.hasPrefix("/") { prefix = "/" + prefix }
        return "\(scheme)://\(host)\(prefix)\(path)"
    }

    /// The first of a comma-separated header value, trimmed; proxies append to these lists.
    private static func firstValue(_ header: String?) -> String? {
        guard let first = header?.split(separator: ",").first else { return nil }
        let trimmed = first.trimmingCharacters(in: " \t")
        return trimmed.isEmpty || !trimmed.allSatisfy(isSafe) ? nil : trimmed
    }

    private static func isSafe(_ character: Character) -> Bool {
        character.isASCII && !character.isWhitespace && character != "\"" && character != "<" && character != ">"
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
