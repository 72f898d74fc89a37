import SandboxSupport

extension AuditEventResource {
    /// The resource addressed (unless it is the patient, who has an entity of their own), the
    /// patient, and the request.
    static func entities(of entry: AuditEntry) -> [JSONValue] {
        var entities: [JSONValue] = []
        let isThePatient = entry.resourceType == "Patient" && entry.resourceID == entry.patientID
        if let type = entry.resourceType, !isThePatient {
            entities.append(resourceEntity(type: type, id: entry.resourceID, isFHIR: entry.family == "fhir"))
        }
        if let patientID = entry.patientID {
            entities.append(
                .object([
                    "what": .object(["reference": .string("Patient/\(patientID)")]),
                    "type": coding(entityType, "1", "Person"),
                    "role": coding(objectRole, "1", "Patient"),
                ])
            )
        }
        entities.append(requestEntity(of: entry))
        return entities
    }

    /// A FHIR resource by reference (`Observation/1`, or just its type for a search); a v1 or
    /// other resource by name, since it has no FHIR reference.
    private static func resourceEntity(type: String, id: String?, isFHIR: Bool) -> JSONValue {
        let what: JSONValue =
            if isFHIR {
                .object(["reference": id.map { .string("\(type)/\($0)") }, "type": .string(type)])
            } else {
                .object(["display": .string(id.map { "\(type)/\($0)" } ?? type)])
            }
        return .object([
            "what": what,
            "type": coding(entityType, "2", "System Object"),
            "role": coding(objectRole, "4", "Domain Resource"),
        ])
    }

    /// The HTTP request: `name` is the method and the redacted target; `detail` carries the rest.
    private static func requestEntity(of entry: AuditEntry) -> JSONValue {
        let details: [(String, String?)] = [
            ("requestId", entry.requestID),
            ("family", entry.family),
            ("status", String(entry.status)),
            ("latencyMicroseconds", String(entry.latencyMicroseconds)),
            ("actor", entry.actor),
            ("scopes", entry.scopes),
            ("faultRule", entry.faultRuleID),
            ("deprecation", entry.deprecationID),
            ("note", entry.note),
        ]
        let detail: [JSONValue] = details.compactMap { type, value in
            value.map { .object(["type": .string(type), "valueString": .string($0)]) }
        }
        return .object([
            "type": coding(entityType, "4", "Other"),
            "name": .string("\(entry.method) \(entry.path)"),
            "detail": .array(detail),
        ])
    }
}
