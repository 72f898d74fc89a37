import SandboxCrypto
import SandboxHTTP
import SandboxSupport

/// The consent page and its decision: `POST /oauth2/v1/authorize/decision`.
extension OAuthServer {
    /// Who is approving, and for which patient, once the choice is checked.
    ///
    /// A patient user always shares their own record. A provider user gets the EHR launch's
    /// patient, or picks one when the grant holds `launch/patient`.
    ///
    /// - Throws: `access_denied` with a message fit for the consent page.
    func approval(
        for pending: PendingAuthorization,
        client: ClientRegistration,
        username: String,
        patientID: String?
    ) throws(OAuthError) -> Approval {
        guard let user = users.user(named: username), user.canUse(client.kind) else {
            throw .accessDenied("\(username) cannot sign in to this app")
        }
        if let launchUser = pending.launch?.username, launchUser != username {
            throw .accessDenied("the EHR launch was made for another user")
        }
        let fhirUser = user.fhirUser(practiceID: configuration.practiceID)
        if client.kind == .patient {
            let own = user.resourceID(practiceID: configuration.practiceID)
            guard patientID == nil || patientID == own else {
                throw .accessDenied("a patient can share only their own record")
            }
            return Approval(username: username, fhirUser: fhirUser, patientID: own)
        }
        if let launch = pending.launch {
            return Approval(
                username: username,
                fhirUser: fhirUser,
                patientID: launch.patientID,
                encounterID: launch.encounterID
            )
        }
        guard needsPatientChoice(pending, client: client) else {
            return Approval(username: username, fhirUser: fhirUser)
        }
        guard let patientID, isKnownPatient(patientID) else { throw .accessDenied("choose a patient from the list") }
        return Approval(username: username, fhirUser: fhirUser, patientID: patientID)
    }

    /// Whether the user must pick a patient: a provider app asked for `launch/patient` outside
    /// an EHR launch.
    func needsPatientChoice(_ pending: PendingAuthorization, client: ClientRegistration) -> Bool {
        client.kind == .user && pending.launch == nil && pending.scopes.contains(.launchContext("patient"))
    }

    /// The consent page for an open session.
    func consentPage(
        for session: AuthorizeSession,
        client: ClientRegistration,
        base: RequestBaseURL,
        notice: String? = nil,
        selectedUser: String? = nil
    ) -> HTTPResponse {
        let patientOptions =
            needsPatientChoice(session.pending, client: client)
            ? patients().map { ConsentPage.Option(value: $0.id, label: "\($0.name) (\($0.id))") }
            : nil
        let page = ConsentPage(
            appName: client.name,
            scopes: session.pending.scopes.scopes.map(\.description),
            users: users.users(for: client.kind).map { ConsentPage.Option(value: $0.username, label: $0.displayName) },
            patients: patientOptions,
            selectedUser: selectedUser,
            sessionID: session.id,
            csrfToken: session.csrfToken,
            action: base.issuer + "/authorize/decision",
            notice: notice
        )
        return page.response(status: notice == nil ? 200 : 400)
    }

    /// Acts on the consent form: checks the session and its CSRF token, then approves or denies.
    ///
    /// An expired session goes back to the client as `access_denied` with its `state`.
    func decide(_ request: HTTPRequest) -> HTTPResponse {
        guard let parameters = try? OAuthParameters.formBody(of: request),
            let sessionID = try? parameters.value("session"),
            let csrf = try? parameters.value("csrf_token")
        else { return ErrorPage.response("The consent form is incomplete.") }

        let session: AuthorizeSession
        let isExpired: Bool
        switch tokens.session(id: sessionID) {
        case .unknown:
            return ErrorPage.response("This sign-in session is not known; it may have been completed already.")
        case .expired(let found): (session, isExpired) = (found, true)
        case .active(let found): (session, isExpired) = (found, false)
        }
        guard ConstantTime.isEqual(Array(session.csrfToken.utf8), Array(csrf.utf8)) else {
            return ErrorPage.response("The form's security token does not match this sign-in session.")
        }
        if isExpired {
            _ = tokens.endSession(id: sessionID)
            let error = OAuthError.accessDenied("the sign-in session expired before a decision was made")
            return redirect(to: session.pending.redirectURI, error: error, rawState: session.pending.rawState)
        }
        return conclude(session, parameters: parameters, base: baseURL(of: request))
    }

    private func conclude(
        _ session: AuthorizeSession,
        parameters: OAuthParameters,
        base: RequestBaseURL
    ) -> HTTPResponse {
        let pending = session.pending
        guard let client = clients.client(id: pending.clientID) else {
            return ErrorPage.response("The application has been removed.")
        }
        guard (try? parameters.value("decision")) == "approve" else {
            guard tokens.endSession(id: session.id) else {
                return ErrorPage.response("This request was already decided.")
            }
            let error = OAuthError.accessDenied("the user denied access")
            return redirect(to: pending.redirectURI, error: error, rawState: pending.rawState)
        }
        let username = (try? parameters.value("user")) ?? ""
        do {
            let approval = try approval(
                for: pending,
                client: client,
                username: username,
                patientID: try parameters.value("patient")
            )
            guard tokens.endSession(id: session.id) else {
                return ErrorPage.response("This request was already decided.")
            }
            return approve(pending, approval: approval)
        } catch {
            return consentPage(for: session, client: client, base: base, notice: error.message, selectedUser: username)
        }
    }
}
