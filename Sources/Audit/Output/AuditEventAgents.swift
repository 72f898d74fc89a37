import SandboxSupport

/// The `agent` list of an `AuditEvent`: the client application, always the requestor, then
/// the person it acted for, if any.
///
/// A backend service acting for itself (`system:<client>`) has no second agent: the client
/// is the whole story. A request with no client (a failed authentication, a discovery
/// document) still names an agent, since FHIR requires one.
enum AuditEventAgents {
    static let clientIDSystem = "urn:athena-sandbox:client-id"
    static let usernameSystem = "urn:athena-sandbox:username"

    static func make(from entry: AuditEntry) -> [JSONValue] {
        var agents = [client(entry.clientID)]
        if let actor = entry.actor, let person = person(actor) {
            agents.append(person)
        }
        return agents
    }

    private static func client(_ clientID: String?) -> JSONValue {
        let who: JSONValue =
            if let clientID {
                .object([
                    "identifier": .object(["system": .string(clientIDSystem), "value": .string(clientID)]),
                    "display": .string(clientID),
                ])
            } else {
                .object(["display": "unauthenticated client"])
            }
        let type = AuditEventResource.coding("http://dicom.nema.org/resources/ontology/DCM", "110150", "Application")
        return .object(["type": .object(["coding": [type]]), "who": who, "requestor": true])
    }

    /// The user or patient of a `user:` or `patient:` actor; nil for a `system:` actor.
    private static func person(_ actor: String) -> JSONValue? {
        let who: JSONValue
        switch AuditActor.parse(actor) {
        case ("system", _)?:
            return nil
        case ("patient", let id)?:
            who = .object(["reference": .string("Patient/\(id)")])
        case ("user", let username)?:
            who = .object([
                "identifier": .object(["system": .string(usernameSystem), "value": .string(username)]),
                "display": .string(username),
            ])
        default:
            who = .object(["display": .string(actor)])
        }
        let type = AuditEventResource.coding(
            "http://terminology.hl7.org/CodeSystem/extra-security-role-type",
            "humanuser",
            "human user"
        )
        return .object(["type": .object(["coding": [type]]), "who": who, "requestor": false])
    }
}
