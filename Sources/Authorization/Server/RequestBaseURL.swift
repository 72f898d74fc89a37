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
        base = request.externalBaseURL(fallbackHost: fallbackHost)
    }

    var issuer: String { base + "/oauth2/v1" }
    /// The token endpoint, which a client assertion's `aud` must name.
    var tokenEndpoint: String { issuer + "/token" }
    /// The FHIR base an authorize request's `aud` must name.
    var fhirBase: String { base + "/fhir/r4" }
}
