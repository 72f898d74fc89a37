/// A person who can sign in at the consent page: a clinician or a patient-portal user.
///
/// Users are linked to seeded resources by number, so the file that lists them stays valid for
/// any practice: provider user number 1 is `Practitioner/a-{practice}.Provider-1`, patient user
/// number 1001 is `Patient/a-{practice}.E-1001`.
package struct SandboxUser: Sendable, Hashable {
    /// Which kind of account the user has, and so which apps they can use.
    package enum Kind: String, Sendable, Hashable {
        /// A clinician with athenaOne credentials; uses provider (`user`) apps.
        case provider
        /// A patient-portal account; uses patient apps and is their own patient.
        case patient
    }

    /// The sign-in name, also the id token's `sub`.
    package var username: String
    package var kind: Kind
    /// The practitioner number (provider) or patient number (patient) the user is linked to.
    package var number: Int
    /// The name the consent page shows.
    package var displayName: String

    package init(username: String, kind: Kind, number: Int, displayName: String) {
        self.username = username
        self.kind = kind
        self.number = number
        self.displayName = displayName
    }

    /// The FHIR id of the linked Practitioner or Patient in `practiceID`.
    package func resourceID(practiceID: Int) -> String {
        switch kind {
        case .provider: "a-\(practiceID).Provider-\(number)"
        case .patient: "a-\(practiceID).E-\(number)"
        }
    }

    /// The relative `fhirUser` reference, such as `Practitioner/a-195900.Provider-1`.
    package func fhirUser(practiceID: Int) -> String {
        switch kind {
        case .provider: "Practitioner/" + resourceID(practiceID: practiceID)
        case .patient: "Patient/" + resourceID(practiceID: practiceID)
        }
    }

    /// Whether the user can sign in to an app of `kind`.
    package func canUse(_ kind: ClientRegistration.Kind) -> Bool {
        switch (self.kind, kind) {
        case (.provider, .user), (.patient, .patient): true
        default: false
        }
    }
}
