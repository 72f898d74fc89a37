import FHIR
import Foundation
import SandboxStore
import SandboxSupport

/// A store in a fresh temporary file, removed when the value goes away.
final class TemporaryStore {
    let path: String
    let store: ResourceStore

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("fhir-tests-\(UUID().uuidString).sqlite").path
        store = try ResourceStore(path: path)
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    func repository(catalog: ResourceCatalog, clock: SimulatedClock = SimulatedClock()) -> ResourceRepository {
        ResourceRepository(store: store, catalog: catalog, clock: clock, offsetMinutes: -300)
    }
}

/// A small catalog exercising each parameter kind.
enum TestCatalog {
    static let observation = ResourceDefinition(
        type: "Observation",
        interactions: [.read, .searchType],
        parameters: [
            SearchParameter("_id", .token, paths: ["id"], documentation: "id"),
            SearchParameter("patient", .reference, paths: ["subject"], targets: ["Patient"], documentation: "patient"),
            SearchParameter("code", .token, paths: ["code"], documentation: "code"),
            SearchParameter("date", .date, paths: ["effective[x]"], documentation: "date"),
        ],
        requiredCombinations: [["patient"], ["_id"]],
        compartmentParameter: "patient"
    )

    static let patient = ResourceDefinition(
        type: "Patient",
        interactions: [.read, .searchType],
        parameters: [
            SearchParameter("identifier", .token, paths: ["identifier"], documentation: "identifier"),
            SearchParameter("name", .string, paths: ["name"], documentation: "name"),
            SearchParameter("family", .string, paths: ["name.family"], documentation: "family"),
            SearchParameter("birthdate", .date, paths: ["birthDate"], documentation: "birthdate"),
        ]
    )

    static let catalog = ResourceCatalog([observation, patient])
}
