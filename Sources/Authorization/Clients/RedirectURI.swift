import Foundation

/// The rules for redirect URIs: registered exactly, compared exactly, extended with care.
enum RedirectURI {
    /// Whether `uri` can be registered: absolute `http` or `https` with a host and no fragment
    /// (RFC 6749 §3.1.2).
    static func isAcceptable(_ uri: String) -> Bool {
        guard let components = URLComponents(string: uri), let scheme = components.scheme?.lowercased() else {
            return false
        }
        return ["http", "https"].contains(scheme) && !(components.host ?? "").isEmpty && components.fragment == nil
    }

    /// Whether `uri`'s port, when it has one, is a number from 1 to 65535.
    ///
    /// `URLComponents` reads a port too large for it as no port at all, so the port's text is
    /// read here.
    static func hasUsablePort(_ uri: String) -> Bool {
        guard let components = URLComponents(string: uri), let text = components.string else { return false }
        guard let range = components.rangeOfPort else { return true }
        let digits = text[range]
        guard (1...5).contains(digits.utf8.count), let port = Int(digits) else { return false }
        return (1...65_535).contains(port)
    }

    /// Whether `requested` names one of `registered`: the same text, or for a loopback URI
    /// registered without a port, the same URI on any port (RFC 8252 §7.3), since a native app
    /// listens wherever the system gives it a port.
    static func isRegistered(_ requested: String, in registered: [String]) -> Bool {
        if registered.contains(requested) { return true }
        guard var components = URLComponents(string: requested), components.port != nil,
            components.scheme == "http", ["127.0.0.1", "localhost", "[::1]", "::1"].contains(components.host ?? "")
        else { return false }
        components.port = nil
        return components.string.map(registered.contains) ?? false
    }

    /// `uri` with `pairs` appended to its query; each value must already be percent-encoded.
    ///
    /// The registered URI's own query is kept as it is (RFC 6749 §3.1.2), so the parameters
    /// join it with `&`.
    static func appending(_ pairs: [(name: String, encodedValue: String)], to uri: String) -> String {
        let query = pairs.map { "\($0.name)=\($0.encodedValue)" }.joined(separator: "&")
        guard !query.isEmpty else { return uri }
        if !uri.contains("?") { return uri + "?" + query }
        return uri.hasSuffix("?") || uri.hasSuffix("&") ? uri + query : uri + "&" + query
    }
}
