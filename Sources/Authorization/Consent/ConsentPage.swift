import SandboxHTTP

/// The page where a user signs in as a seeded user, picks a patient if needed, and approves or
/// denies an app's request.
///
/// It is self-contained (inline style, no scripts or external assets) and posts to
/// `/oauth2/v1/authorize/decision` with the session id and the session's CSRF token.
struct ConsentPage {
    /// One choice in a select.
    struct Option: Sendable {
        var value: String
        var label: String
    }

    var appName: String
    var scopes: [String]
    var users: [Option]
    /// The patients to pick from, or nil when the grant needs no patient choice.
    var patients: [Option]?
    var selectedUser: String?
    var sessionID: String
    var csrfToken: String
    /// The absolute URL of the decision endpoint.
    var action: String
    /// A problem with an earlier submission, shown above the form.
    var notice: String?

    func response(status: Int = 200) -> HTTPResponse {
        PageResponse.html(PageResponse.document(title: "Authorize \(appName)", body: body), status: status)
    }

    private var body: String {
        var html = "<h1>\(HTMLText.escape(appName)) asks for access</h1>\n"
        if let notice { html += "<p class=\"notice\">\(HTMLText.escape(notice))</p>\n" }
        html += "<p>The app requests these scopes:</p>\n<ul class=\"scopes\">\n"
        html += scopes.map { "<li><code>\(HTMLText.escape($0))</code></li>\n" }.joined()
        html += "</ul>\n<form method=\"post\" action=\"\(HTMLText.escape(action))\">\n"
        html += hidden("session", sessionID) + hidden("csrf_token", csrfToken)
        html += select(name: "user", label: "Sign in as", options: users, selected: selectedUser)
        if let patients { html += select(name: "patient", label: "Patient", options: patients, selected: nil) }
        html += """
            <div class="buttons">
            <button type="submit" name="decision" value="approve">Approve</button>
            <button type="submit" name="decision" value="deny">Deny</button>
            </div>
            </form>
            """
        return html
    }

    private func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(name)\" value=\"\(HTMLText.escape(value))\">\n"
    }

    private func select(name: String, label: String, options: [Option], selected: String?) -> String {
        var html = "<label for=\"\(name)\">\(label)</label>\n<select id=\"\(name)\" name=\"\(name)\" required>\n"
        for option in options {
            let mark = option.value == selected ? " selected" : ""
            html +=
                "<option value=\"\(HTMLText.escape(option.value))\"\(mark)>\(HTMLText.escape(option.label))</option>\n"
        }
        return html + "</select>\n"
    }
}
