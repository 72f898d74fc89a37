/// What a valid access token allows: the client, the granted scopes and the launch context.
///
/// The FHIR layer hands ``scopes`` and ``context`` to ``AccessPolicy/decide(_:on:scopes:context:)``.
package struct TokenGrant: Sendable, Hashable {
    /// The client the token was issued to.
    package var clientID: String
    /// Exactly what was granted, as the token response's `scope` listed it.
    package var scopes: ScopeSet
    /// The FHIR id of the patient in context, if any.
    package var patientID: String?
    /// The FHIR id of the encounter in context, if any.
    package var encounterID: String?
    /// The signed-in user's username, for 3-legged tokens.
    package var username: String?
    /// The signed-in user's relative `fhirUser` reference, such as `Practitioner/a-195900.Provider-1`.
    package var fhirUser: String?
    /// When the token was issued, in simulated milliseconds since 1970.
    package var issuedAt: Int64
    /// When the token stops working, in simulated milliseconds since 1970.
    package var expiresAt: Int64

    package init(
        clientID: String,
        scopes: ScopeSet,
        patientID: String? = nil,
        encounterID: String? = nil,
        username: String? = nil,
        fhirUser: String? = nil,
        issuedAt: Int64,
        expiresAt: Int64
    ) {
        self.clientID = clientID
        self.scopes = scopes
        self.patientID = patientID
        self.encounterID = encounterID
        self.username = username
        self.fhirUser = fhirUser
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
    }

    /// The context an access decision needs.
    package var context: TokenContext {
        TokenContext(patientID: patientID, userID: fhirUser, clientID: clientID)
    }

    /// Whether the token has expired at `now` (simulated milliseconds).
    package func isExpired(at now: Int64) -> Bool {
        now >= expiresAt
    }
}
