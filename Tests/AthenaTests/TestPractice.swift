import Athena
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
            repository: repository
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

    func get(_ target: String, headers: HTTPHeaders = ["Host": "sandbox.test"]) -> HTTPResponse {
        router.respond(to: HTTPRequest(method: "GET", target: target, headers: headers))
    }

    func send(_ method: String, _ target: String, body: String = "", contentType: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = ["Host": "sandbox.test"]
        if let contentType { headers.add(name: "Content-Type", value: contentType) }
        return router.respond(to: HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8)))
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
