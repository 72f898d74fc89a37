import SandboxHTTP

/// The headers every HTML page of the authorization server carries.
///
/// The page cannot be framed (clickjacking), loads nothing from anywhere, may post its form
/// only to this origin, and is never cached.
enum PageResponse {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"

    /// A UTF-8 HTML response with the security headers.
    static func html(_ html: String, status: Int) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [
                "Content-Type": "text/html; charset=utf-8",
                "X-Frame-Options": "DENY",
                "Content-Security-Policy": contentSecurityPolicy,
                "Cache-Control": "no-store",
                "Pragma": "no-cache",
            ],
            body: Array(html.utf8)
        )
    }

    /// The shared head and inline style of every page.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
        h1 { font-size: 1.3rem; }
        ul.scopes { background: #f4f6f8; padding: .75rem 1.75rem; border-radius: 6px; }
        label { display: block; margin-top: 1rem; font-weight: 600; }
        select { width: 100%; padding: .4rem; margin-top: .3rem; }
        .notice { background: #fdecea; border: 1px solid #f5c2c0; padding: .6rem; border-radius: 6px; }
        .buttons { margin-top: 1.5rem; display: flex; gap: .75rem; }
        button { padding: .5rem 1.2rem; font-size: 1rem; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
