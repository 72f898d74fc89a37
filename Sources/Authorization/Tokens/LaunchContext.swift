/// An EHR launch context made ahead of a launch, named by the `launch` parameter.
package struct LaunchContext: Sendable, Hashable {
    package var patientID: String
    package var encounterID: String?
    /// The username of the clinician launching the app, if fixed in advance.
    package var username: String?

    package init(patientID: String, encounterID: String? = nil, username: String? = nil) {
        self.patientID = patientID
        self.encounterID = encounterID
        self.username = username
    }
}
