package import SandboxSupport

extension AuditEntry {
    /// The entry as one JSON object, for JSON lines and the admin API.
    ///
    /// Every member is always present, `null` when the entry has no value for it, and members
    /// come in one fixed order, so two runs that record the same requests print the same
    /// lines (apart from `wallTime` and `latencyMicroseconds`, which measure the real run):
    ///
    /// `sequence`, `requestId`, `recorded` (the simulated time as a FHIR instant in UTC),
    /// `simulatedTime`, `wallTime` (both ms since 1970), `clientId`, `actor`, `method`, `path`,
    /// `family`, `resourceType`, `resourceId`, `patientId`, `scopes`, `status`,
    /// `latencyMicroseconds`, `faultRule`, `deprecation`, `note`.
    package var json: JSONValue {
        .object([
            member("sequence", .int(Int(sequence))),
            member("requestId", .string(requestID)),
            member("recorded", .string(recordedInstant)),
            member("simulatedTime", .int(Int(simulatedTime))),
            member("wallTime", .int(Int(wallTime))),
            member("clientId", clientID),
            member("actor", actor),
            member("method", .string(method)),
            member("path", .string(path)),
            member("family", .string(family)),
            member("resourceType", resourceType),
            member("resourceId", resourceID),
            member("patientId", patientID),
            member("scopes", scopes),
            member("status", .int(status)),
            member("latencyMicroseconds", .int(Int(latencyMicroseconds))),
            member("faultRule", faultRuleID),
            member("deprecation", deprecationID),
            member("note", note),
        ])
    }

    /// The simulated time as a FHIR instant in UTC, such as `2026-01-15T14:00:00.000+00:00`.
    package var recordedInstant: String {
        FHIRInstant.format(milliseconds: simulatedTime, offsetMinutes: 0)
    }

    private func member(_ key: String, _ value: JSONValue) -> JSONValue.Member {
        JSONValue.Member(key, value)
    }

    private func member(_ key: String, _ value: String?) -> JSONValue.Member {
        JSONValue.Member(key, value.map { .string($0) } ?? .null)
    }
}
