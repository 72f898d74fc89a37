/// An authorize request that passed every check and waits for a user's approval.
package struct PendingAuthorization: Sendable, Hashable {
    package var clientID: String
    /// The redirect URI exactly as given, which the token request must repeat.
    package var redirectURI: String
    /// The `state` parameter exactly as it arrived, still percent-encoded, or nil without one.
    package var rawState: String?
    /// The S256 code challenge.
    package var codeChallenge: String
    /// What approval will grant: requested, registered and within the grant limit.
    package var scopes: ScopeSet
    /// The OpenID Connect `nonce` to echo in the id token.
    package var nonce: String?
    /// The EHR launch context named by the `launch` parameter, if any.
    package var launch: LaunchContext?

    package init(
        clientID: String,
        redirectURI: String,
        rawState: String?,
        codeChallenge: String,
        scopes: ScopeSet,
        nonce: String? = nil,
        launch: LaunchContext? = nil
    ) {
        self.clientID = clientID
        self.redirectURI = redirectURI
        self.rawState = rawState
        self.codeChallenge = codeChallenge
        self.scopes = scopes
        self.nonce = nonce
        self.launch = launch
    }
}

/// Who approved an authorization, and for which patient.
package struct Approval: Sendable, Hashable {
    package var username: String
    /// The relative `fhirUser` reference of the user.
    package var fhirUser: String
    /// The patient in context, if the grant has one.
    package var patientID: String?
    package var encounterID: String?

    package init(username: String, fhirUser: String, patientID: String? = nil, encounterID: String? = nil) {
        self.username = username
        self.fhirUser = fhirUser
        self.patientID = patientID
        self.encounterID = encounterID
    }
}
