import SandboxHTTP
import SandboxSupport

/// `POST /_sandbox/launches`: makes an EHR launch context for a later `launch` parameter.
extension OAuthServer {
    /// Reads `{"patient": id, "encounter"?: id, "user"?: username}` and answers 201
    /// `{"launch": value}`.
    func createLaunch(_ request: HTTPRequest) -> HTTPResponse {
        let json: JSONValue
        switch AdminResponse.body(of: request) {
        case .success(let body): json = body
        case .failure(let failure): return failure.response
        }
        guard let patientID = json["patient"]?.stringValue, !patientID.isEmpty else {
            return AdminResponse.error(400, "invalid_request", "patient (a Patient id) is required")
        }
        guard isKnownPatient(patientID) else {
            return AdminResponse.error(400, "invalid_request", "no patient has the id \(patientID)")
        }
        let username = json["user"]?.stringValue
        if let username, users.user(named: username)?.kind != .provider {
            return AdminResponse.error(400, "invalid_request", "user must name a provider user")
        }
        let context = LaunchContext(
            patientID: patientID,
            encounterID: json["encounter"]?.stringValue,
            username: username
        )
        let launch = tokens.createLaunch(context)
        return AdminResponse.json(.object(["launch": .string(launch)]), status: 201)
    }
}
