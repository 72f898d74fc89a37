import SandboxHTTP

extension ErrorBody {
    /// A small HTML page of the kind a reverse proxy or API gateway sends when the service
    /// behind it fails, with no JSON at all.
    static func gatewayPage(status: Int, message: String?) -> HTTPResponse {
        let phrase = StatusPhrase.phrase(for: status)
        let text = message ?? gatewayExplanation(status: status)
        let page = """
            <!DOCTYPE html>
            <html>
            <head><title>\(status) \(phrase)</title></head>
            <body>
            <h1>\(status) \(phrase)</h1>
            <p>\(escapeHTML(text))</p>
            </body>
            </html>

            """
        return HTTPResponse(
            status: status,
            headers: ["Content-Type": "text/html; charset=utf-8"],
            body: Array(page.utf8)
        )
    }

    private static func gatewayExplanation(status: Int) -> String {
        switch status {
        case 502: "The gateway got an answer it could not use from the server behind it."
        case 503: "The service is not available right now. Try again later."
        case 504: "The server behind the gateway did not answer in time."
        default: "The gateway could not complete the request."
        }
    }

    /// `text` with `&`, `<`, `>` and `"` written as entities.
    static func escapeHTML(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}
