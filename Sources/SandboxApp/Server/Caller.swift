import Audit
import Authorization
import Faults
import Foundation
import SandboxHTTP

/// Who made a request and what it asked for, as far as the pipeline needs to know before the
/// handler runs: the client (from a bearer token, Basic credentials or a `client_id`), the
/// token's actor, patient and scopes, and the parameter names and requested scopes that
/// deprecations look at.
struct Caller {
    var clientID: String?
    var grant: TokenGrant?
    var parameterNames: [String]
    var requestedScopes: [String]
    var patientParameter: String?

    init(request: HTTPRequest, authenticate: RequestPipeline.FHIRAuthenticator) {
        let authorization = request.headers["Authorization"]
        if case .valid(let grant) = authenticate(authorization) { self.grant = grant }
        var items = request.queryItems() ?? []
        if request.method == "POST", request.mediaType == "application/x-www-form-urlencoded" {
            items += request.formItems() ?? []
        }
        parameterNames = items.map(\.name)
        requestedScopes = items.first { $0.name == "scope" }?.value.split(separator: " ").map(String.init) ?? []
        patientParameter = items.first { $0.name == "patient" || $0.name == "subject" }?.value
        clientID = grant?.clientID ?? Self.basicUser(authorization) ?? items.first { $0.name == "client_id" }?.value
    }

    /// The user name of `Basic` credentials (`client_secret_basic`), which is the client id.
    private static func basicUser(_ header: String?) -> String? {
        guard let header, header.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        return String(text[..<colon]).removingPercentEncoding
    }

    /// Fills the audit entry's who and what.
    func describe(into entry: inout AuditEntry, facts: RequestFacts) {
        entry.clientID = clientID
        entry.resourceType = facts.resourceType
        if let grant {
            entry.scopes = grant.scopes.description
            if let username = grant.username {
                entry.actor = AuditActor.user(username)
            } else if let patient = grant.patientID {
                entry.actor = AuditActor.patient(patient)
            } else {
                entry.actor = AuditActor.system(client: grant.clientID)
            }
        }
        let segments = facts.path.split(separator: "/")
        if facts.family == .fhir, segments.count == 4 { entry.resourceID = String(segments[3]) }
        entry.patientID =
            grant?.patientID ?? (facts.resourceType == "Patient" ? entry.resourceID : nil)
            ?? patientParameter.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    }
}
