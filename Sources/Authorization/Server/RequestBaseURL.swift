import SandboxHTTP

/// The absolute URL a client reached the sandbox at, so issued URLs work from where it stands.
///
/// A proxy's `X-Forwarded-Proto`, `X-Forwarded-Host` and `X-Forwarded-Prefix` win over the
/// `Host` header; the first entry of each comma-separated list counts. Values with characters
/// that do not belong in a URL are ignored rather than echoed.
struct RequestBaseURL: Sendable, Hashable {
    /// Scheme, authority and any prefix, with no trailing slash, e.g. `http://127.0.0.1:8080`.
    let base: String

    init(_ request: HTTPRequest, fallbackHost: String) {
        let scheme = Self.first(request.headers["X-Forwarded-Proto"]).flatMap {
            $0 == "https" || $0 == "http" ? $0 : nil
        }
        let host =
            Self.first(request.headers["X-Forwarded-Host"]) ?? Self.first(request.headers["Host"]) ?? fallbackHost
        var prefix = Self.first(request.headers["X-Forwarded-Prefix"]) ?? ""
        while prefix.hasSuffix("/") { prefix.removeLast() }
        if !prefix.isEmpty, !prefix.hasPrefix("/") { prefix = "/" + prefix }
        base = "\(scheme ?? "http")://\(host)\(prefix)"
    }

    /// The authorization server's issuer: `<base>/oauth2/v1`.
    var issuer: String { base + "/oauth2/v1" }
    /// The token endpoint, which a client assertion's `aud` must name.
    var tokenEndpoint: String { issuer + "/token" }
    /// The FHIR base an authorize request's `aud` must name.
    var fhirBase: String { base + "/fhir/r4" }

    private static func first(_ header: String?) -> String? {
        guard let header, let piece = header.split(separator: ",").first else { return nil }
        let value = piece.trimmingCharacters(in: " \t")
        return !value.isEmpty && value.allSatisfy(isURLSafe) ? value : nil
    }

    private static func isURLSafe(_ character: Character) -> Bool {
        guard character.isASCII, !character.isWhitespace else { return false }
        return !"\"<>\\^`{|}".contains(character)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
