/// What an access token carries besides its scopes: the launch's patient, the user, the client.
package struct TokenContext: Sendable, Hashable {
    /// The FHIR id of the patient in context (from `launch/patient` or an EHR launch), if any.
    package var patientID: String?
    /// The `fhirUser` reference of the signed-in user (`Practitioner/...`), if any.
    package var userID: String?
    /// The client the token was issued to.
    package var clientID: String

    package init(patientID: String? = nil, userID: String? = nil, clientID: String) {
        self.patientID = patientID
        self.userID = userID
        self.clientID = clientID
    }
}
