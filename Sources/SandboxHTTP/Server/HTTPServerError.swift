import Glibc

/// Why the HTTP server could not start.
///
/// Its description is one line meant for a person, for example
/// `cannot listen on 127.0.0.1:8080: address already in use`.
package struct HTTPServerError: Error, Equatable, CustomStringConvertible {
    private enum Reason: Equatable {
        case unresolvableHost(String)
        case cannotListen(address: String, code: Int32)
        case cannotStart(address: String)
    }

    private let reason: Reason

    /// `host` is neither an IP address nor a name that resolves.
    package static func unresolvableHost(_ host: String) -> HTTPServerError {
        HTTPServerError(reason: .unresolvableHost(host))
    }

    /// Creating, binding or listening on the socket for `address` failed with errno `code`.
    package static func cannotListen(on address: String, code: Int32) -> HTTPServerError {
        HTTPServerError(reason: .cannotListen(address: address, code: code))
    }

    /// libmicrohttpd refused to start a daemon on the socket bound to `address`.
    package static func cannotStart(on address: String) -> HTTPServerError {
        HTTPServerError(reason: .cannotStart(address: address))
    }

    package var description: String {
        switch reason {
        case .unresolvableHost(let host):
            "cannot resolve the listen address \(host)"
        case .cannotListen(let address, let code):
            "cannot listen on \(address): \(Self.message(for: code))"
        case .cannotStart(let address):
            "cannot start the HTTP server on \(address): libmicrohttpd refused to start"
        }
    }

    /// The C library's text for `code`, starting lower case to read well after a colon.
    private static func message(for code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
