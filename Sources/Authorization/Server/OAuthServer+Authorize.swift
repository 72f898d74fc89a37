import SandboxCrypto
import SandboxHTTP
import SandboxSupport

/// `GET` and `POST /oauth2/v1/authorize`.
extension OAuthServer {
    /// Checks an authorize request, then approves it at once (a `login_hint`, an EHR launch
    /// with a user, or the client's auto-approval) or shows the consent page.
    ///
    /// An unknown client or unregistered redirect URI gets a 400 page and never a redirect;
    /// every later problem goes to the redirect URI as `error`, with `state` as it came. With
    /// `prompt=none` no page is ever shown: a request that cannot be approved at once gets
    /// `login_required` (OpenID Connect Core §3.1.2.6).
    func authorize(_ request: HTTPRequest) -> HTTPResponse {
        guard let form = AuthorizeForm(request) else {
            return ErrorPage.response("The request's parameters are not readable form data.")
        }
        let client: ClientRegistration
        let redirectURI: String
        switch identifyClient(form.parameters) {
        case .success(let found): (client, redirectURI) = found
        case .failure(let message): return ErrorPage.response(message.text)
        }

        let base = baseURL(of: request)
        let pending: PendingAuthorization
        do {
            pending = try validate(form, client: client, redirectURI: redirectURI, base: base)
        } catch {
            return redirect(to: redirectURI, error: error, rawState: form.rawState)
        }
        let hint = try? form.parameters.value("login_hint")
        if let approval = headlessApproval(for: pending, client: client, hint: hint) {
            return approve(pending, approval: approval)
        }
        if (try? form.parameters.value("prompt")) == "none" {
            let error = OAuthError.loginRequired("prompt=none, but no login_hint, EHR launch user or auto-approval")
            return redirect(to: redirectURI, error: error, rawState: form.rawState)
        }
        return consentPage(for: tokens.makeSession(for: pending), client: client, base: base)
    }

    /// The client and redirect URI, or the message for the error page.
    private func identifyClient(_ parameters: OAuthParameters) -> Result<(ClientRegistration, String), PageMessage> {
        guard let clientID = try? parameters.value("client_id") else {
            return .failure(PageMessage("client_id is missing or repeated."))
        }
        guard let client = clients.client(id: clientID) else {
            return .failure(PageMessage("No application is registered with this client_id."))
        }
        guard let redirectURI = try? parameters.value("redirect_uri") else {
            return .failure(PageMessage("redirect_uri is missing or repeated."))
        }
        guard RedirectURI.isRegistered(redirectURI, in: client.redirectURIs) else {
            return .failure(PageMessage("The redirect_uri is not registered for this application."))
        }
        return .success((client, redirectURI))
    }

    private func validate(
        _ form: AuthorizeForm,
        client: ClientRegistration,
        redirectURI: String,
        base: RequestBaseURL
    ) throws(OAuthError) -> PendingAuthorization {
        let parameters = form.parameters
        try parameters.checkShape()
        guard client.isInteractive else {
            throw .unauthorizedClient("a service client cannot use the authorize endpoint")
        }
        guard let responseType = try parameters.value("response_type") else {
            throw .invalidRequest("response_type is required")
        }
        guard responseType == "code" else { throw .unsupportedResponseType("response_type must be code") }
        guard try parameters.value("code_challenge_method") == "S256" else {
            throw .invalidRequest("PKCE is required: code_challenge_method must be S256")
        }
        let challenge = try parameters.required("code_challenge")
        guard challenge.utf8.count == 43, Base64URL.decode(challenge)?.count == 32 else {
            throw .invalidRequest("code_challenge must be the 43-character base64url S256 digest")
        }
        try checkAudience(try parameters.value("aud"), base: base)
        try checkPrompt(try parameters.value("prompt"))
        guard let scopeText = try parameters.value("scope") else { throw .invalidScope("scope is required") }
        let scopes = try ScopeGrant.evaluate(scopeText, for: client, validator: scopeValidator)
        return PendingAuthorization(
            clientID: client.id,
            redirectURI: redirectURI,
            rawState: form.rawState,
            codeChallenge: challenge,
            scopes: scopes,
            nonce: try parameters.value("nonce"),
            launch: try launchContext(try parameters.value("launch"))
        )
    }

    private func checkAudience(_ audience: String?, base: RequestBaseURL) throws(OAuthError) {
        guard let audience else { throw .invalidRequest("aud is required and must be \(base.fhirBase)") }
        let trimmed = audience.hasSuffix("/") ? String(audience.dropLast()) : audience
        guard trimmed == base.fhirBase else { throw .invalidRequest("aud must be the FHIR base \(base.fhirBase)") }
    }

    /// Refuses `none` combined with another prompt value, which OpenID Connect forbids.
    private func checkPrompt(_ prompt: String?) throws(OAuthError) {
        guard let values = prompt?.split(separator: " "), values.contains("none"), values.count > 1 else { return }
        throw .invalidRequest("prompt=none cannot be combined with another prompt value")
    }

    private func launchContext(_ launch: String?) throws(OAuthError) -> LaunchContext? {
        guard let launch else { return nil }
        guard let context = tokens.launch(id: launch) else {
            throw .invalidRequest("the launch value is not recognised")
        }
        return context
    }

    /// An approval that needs no page, if the request or the client provides one.
    private func headlessApproval(
        for pending: PendingAuthorization,
        client: ClientRegistration,
        hint: String?
    ) -> Approval? {
        if let hint {
            let parts = hint.split(separator: ":", maxSplits: 1).map(String.init)
            return try? approval(
                for: pending,
                client: client,
                username: parts.first ?? "",
                patientID: parts.dropFirst().first
            )
        }
        if let launchUser = pending.launch?.username {
            return try? approval(for: pending, client: client, username: launchUser, patientID: nil)
        }
        if let auto = client.autoApproval {
            return try? approval(for: pending, client: client, username: auto.user, patientID: auto.patient)
        }
        return nil
    }
}
