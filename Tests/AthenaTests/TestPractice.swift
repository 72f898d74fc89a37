import Athena
import Authorization
import FHIR
import Foundation
import SandboxHTTP
import SandboxStore
import SandboxSupport

/// A practice of a few hand-written resources behind the FHIR API, in a temporary database.
final class TestPractice {
    static let practiceID = 1000
    let path: String
    let store: ResourceStore
    let repository: ResourceRepository
    let router: Router

    init(paging: SearchEngine.Configuration = .init(defaultCount: 50, maximumCount: 20)) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("athena-\(UUID().uuidString).sqlite").path
        store = try ResourceStore(path: path)
        repository = ResourceRepository(
            store: store,
            catalog: AthenaCatalog.catalog,
            clock: SimulatedClock(),
            offsetMinutes: -300
        )
        let api = FHIRAPI(
            configuration: .init(practiceIDs: [Self.practiceID], paging: paging),
            repository: repository,
            authenticate: Self.authenticate
        )
        var router = Router(notFound: FHIRAPI.notFound)
        api.register(on: &router)
        self.router = router
        try save(Self.resources())
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func save(_ resources: [JSONValue]) throws {
        try repository.save(
            resources.map { resource in
                var copy = resource
                PracticeTenancy.stamp(&copy, practiceID: Self.practiceID)
                return copy
            }
        )
    }

    /// The token every request carries unless it says otherwise: full system read access.
    static let systemToken = "Bearer system/*.read"

    func get(_ target: String, headers: HTTPHeaders = ["Host": "sandbox.test"], token: String? = systemToken)
        -> HTTPResponse
    {
        var headers = headers
        if let token, !headers.contains("Authorization") { headers.add(name: "Authorization", value: token) }
        return router.respond(to: HTTPRequest(method: "GET", target: target, headers: headers))
    }

    func send(_ method: String, _ target: String, body: String = "", contentType: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = ["Host": "sandbox.test", "Authorization": Self.systemToken]
        if let contentType { headers.add(name: "Content-Type", value: contentType) }
        return router.respond(to: HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8)))
    }

    /// A stand-in for the authorization server: the token text is the grant itself, scopes
    /// joined by `+`, with `patient:<id>` for a patient in context; `expired` and `revoked`
    /// stand for such tokens, and anything else not starting with a scope is unknown.
    static let authenticate: FHIRAPI.Authenticator = { header in
        guard let header else { return .missing }
        guard header.hasPrefix("Bearer ") else { return .invalid(.malformed) }
        let parts = header.dropFirst("Bearer ".count).split(separator: "+").map(String.init)
        if parts == ["expired"] { return .invalid(.expired) }
        if parts == ["revoked"] { return .invalid(.revoked) }
        guard parts.first?.contains("/") == true else { return .invalid(.unknown) }
        let patient = parts.first { $0.hasPrefix("patient:") }.map { String($0.dropFirst("patient:".count)) }
        let scopes = ScopeSet.parse(parts.filter { !$0.hasPrefix("patient:") }.joined(separator: " ")).scopes
        return .valid(TokenGrant(clientID: "test", scopes: scopes, patientID: patient, issuedAt: 0, expiresAt: 1))
    }

    static let practiceQuery = "ah-practice=Organization/a-1.Practice-1000"

    static func resources() -> [JSONValue] {
        var resources: [JSONValue] = [
            patient(806, family: "Quill", birthDate: "1965-05-05"),
            patient(807, family: "Quill", birthDate: "1975-05-05"),
            patient(808, family: "Ostrander", birthDate: "1985-05-05"),
        ]
        for day in 1...5 {
            resources.append(vital(day, patient: 806))
        }
        resources.append(vital(9, patient: 807))
        return resources
    }

    static func patient(_ number: Int, family: String, birthDate: String) -> JSONValue {
        .object([
            "resourceType": "Patient",
            "id": .string("a-1000.E-\(number)"),
            "name": [.object(["family": .string(family), "given": ["Avery"]])],
            "birthDate": .string(birthDate),
            "gender": "female",
        ])
    }

    static func vital(_ day: Int, patient: Int) -> JSONValue {
        .object([
            "resourceType": "Observation",
            "id": .string("a-1000.OBS-\(patient)\(day)"),
            "status": "final",
            "category": [
                .object([
                    "coding": [
                        .object([
                            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                            "code": "vital-signs",
                        ])
                    ]
                ])
            ],
            "code": .object(["coding": [.object(["system": "http://loinc.org", "code": "8867-4"])]]),
            "subject": .object(["reference": .string("Patient/a-1000.E-\(patient)")]),
            "effectiveDateTime": .string("2024-03-0\(day)T10:00:00.000-05:00"),
            "valueQuantity": .object(["value": .int(60 + day), "unit": "/min"]),
        ])
    }
}

extension HTTPResponse {
    var json: JSONValue? { try? JSONValue.parse(body) }
}
