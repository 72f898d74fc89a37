@testable import Audit

/// Entries with every field set from a number, so each differs from the next.
enum Sample {
    static let start: Int64 = 1_768_485_600_000

    static func entry(
        _ number: Int,
        method: String = "GET",
        path: String? = nil,
        status: Int = 200,
        clientID: String? = "client-a",
        patientID: String? = nil,
        faultRuleID: String? = nil
    ) -> AuditEntry {
        AuditEntry(
            requestID: "req-\(number)",
            simulatedTime: start + Int64(number) * 1000,
            wallTime: 1_700_000_000_000 + Int64(number),
            method: method,
            path: path ?? "/fhir/r4/Observation/obs-\(number)",
            status: status,
            latencyMicroseconds: Int64(number) * 10,
            clientID: clientID,
            actor: clientID.map { AuditActor.system(client: $0) },
            resourceType: "Observation",
            resourceID: "obs-\(number)",
            patientID: patientID,
            scopes: "system/Observation.rs",
            faultRuleID: faultRuleID
        )
    }

    /// A varied set: clients, methods, statuses, patients, families and fault rules all differ.
    ///
    /// | n | client | method | path | status | patient | fault |
    /// | --- | --- | --- | --- | --- | --- | --- |
    /// | 1 | a | GET | /fhir/r4/Patient/p1 | 200 | p1 | - |
    /// | 2 | a | GET | /fhir/r4/Observation?patient=p1 | 200 | p1 | - |
    /// | 3 | b | POST | /oauth2/v1/token | 401 | - | - |
    /// | 4 | b | GET | /fhir/r4/Observation?patient=p2 | 503 | p2 | slow-obs |
    /// | 5 | - | GET | /fhir/r4/metadata | 200 | - | - |
    /// | 6 | a | POST | /anthropic/v1/messages | 429 | - | rate-1 |
    /// | 7 | b | DELETE | /_sandbox/audit | 204 | - | - |
    /// | 8 | a | GET | /fhir/r4/Patient/p2 | 404 | p2 | - |
    static let varied: [AuditEntry] = [
        entry(1, path: "/fhir/r4/Patient/p1", clientID: "a", patientID: "p1"),
        entry(2, path: "/fhir/r4/Observation?patient=p1", clientID: "a", patientID: "p1"),
        entry(3, method: "POST", path: "/oauth2/v1/token", status: 401, clientID: "b"),
        entry(
            4,
            path: "/fhir/r4/Observation?patient=p2",
            status: 503,
            clientID: "b",
            patientID: "p2",
            faultRuleID: "slow-obs"
        ),
        entry(5, path: "/fhir/r4/metadata", clientID: nil),
        entry(6, method: "POST", path: "/anthropic/v1/messages", status: 429, clientID: "a", faultRuleID: "rate-1"),
        entry(7, method: "DELETE", path: "/_sandbox/audit", status: 204, clientID: "b"),
        entry(8, path: "/fhir/r4/Patient/p2", status: 404, clientID: "a", patientID: "p2"),
    ]
}
