import SandboxHTTP

/// The page shown when an authorize request cannot be answered at the client's redirect URI:
/// an unknown client, an unregistered redirect URI, or a broken consent form.
///
/// Redirecting in those cases would hand the user to an address no one vouched for (RFC 6749
/// §4.1.2.1), so the error stays on the server.
enum ErrorPage {
    static func response(_ message: String, status: Int = 400) -> HTTPResponse {
        let body = """
            <h1>This sign-in request cannot continue</h1>
            <p class="notice">\(HTMLText.escape(message))</p>
            <p>Return to the application and start again.</p>
            """
        return PageResponse.html(PageResponse.document(title: "Authorization error", body: body), status: status)
    }
}

/// A message for the authorization error page.
struct PageMessage: Error, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }
}
