import Authorization
import Foundation
import SandboxStore
import SandboxSupport
import Testing

@Suite struct ClientRegistryTests {
    @Test func aNewDatabaseIsSeededWithTheDocumentedClients() throws {
        let database = try TemporaryDatabase()
        let registry = try ClientRegistry(store: database.store, seed: try SeedFiles.load().clients)
        #expect(registry.all().map(\.id) == [Seeded.serviceID, Seeded.patientAppID, Seeded.providerAppID].sorted())

        let service = try #require(registry.client(id: Seeded.serviceID))
        #expect(service.kind == .service)
        #expect(service.authentication == .secret(Seeded.serviceSecret))
        let provider = try #require(registry.client(id: Seeded.providerAppID))
        #expect(provider.kind == .user)
        #expect(provider.authentication == .none)
        #expect(provider.redirectURIs == ["http://127.0.0.1/callback", "http://localhost/callback"])
        #expect(try #require(registry.client(id: Seeded.patientAppID)).kind == .patient)
    }

    @Test func seededIDsHaveAthenasShape() throws {
        for client in try SeedFiles.load().clients {
            #expect(ClientID.isAthenaShaped(client.id), "\(client.id)")
        }
        #expect(!ClientID.isAthenaShaped("0oasandboxdefault01"))
    }

    @Test func generatedIDsHaveAthenasShapeAndDiffer() {
        let ids = (0..<20).map { _ in ClientID.generate() }
        #expect(ids.allSatisfy(ClientID.isAthenaShaped))
        #expect(Set(ids).count == ids.count)
    }

    @Test func changesSurviveReopeningTheDatabase() throws {
        let database = try TemporaryDatabase()
        let seed = try SeedFiles.load().clients
        let registry = try ClientRegistry(store: database.store, seed: seed)
        let created = ClientRegistration(
            id: "custom-app",
            name: "Custom",
            kind: .service,
            authentication: .secret("s3cret-value"),
            scopes: ScopeSet.parse("system/Patient.read").scopes
        )
        try registry.create(created)
        try registry.delete(id: Seeded.patientAppID)

        let reopened = try ClientRegistry(store: try database.reopen(), seed: seed)
        #expect(reopened.client(id: "custom-app") == created)
        #expect(reopened.client(id: Seeded.patientAppID) == nil)
    }

    @Test func creatingATakenIDAndChangingAMissingClientFail() throws {
        let database = try TemporaryDatabase()
        let registry = try ClientRegistry(store: database.store, seed: try SeedFiles.load().clients)
        let existing = try #require(registry.client(id: Seeded.serviceID))
        #expect(throws: ClientRegistryError.duplicateClient(Seeded.serviceID)) { try registry.create(existing) }
        var missing = existing
        missing.id = "missing"
        #expect(throws: ClientRegistryError.unknownClient("missing")) { try registry.update(missing) }
        #expect(throws: ClientRegistryError.unknownClient("missing")) { try registry.delete(id: "missing") }
    }

    @Test(arguments: [
        (#"{"kind":"service","authentication":"none","scope":"system/*.read"}"#, "authentication"),
        (#"{"kind":"user","scope":"user/*.read"}"#, "redirect_uris"),
        (#"{"kind":"user","scope":"user/*.read","redirect_uris":["app://cb#x"]}"#, "redirect_uris"),
        (#"{"kind":"service","scope":"system/Patient.nope"}"#, "scope"),
        (#"{"kind":"robot","scope":"system/*.read"}"#, "kind"),
        (#"{"kind":"service","scope":"system/*.read","client_id":"has space"}"#, "client_id"),
        (#"{"kind":"service","authentication":"jwks","jwks":{"keys":[]},"scope":"system/*.read"}"#, "jwks"),
    ])
    func invalidRegistrationsNameTheirField(json: String, field: String) throws {
        let value = try JSONValue.parse(json)
        #expect {
            _ = try ClientRegistration(json: value, makeID: ClientID.generate)
        } throws: { error in
            (error as? ClientRegistryError)?.description.hasPrefix(field) == true
        }
    }

    @Test func aRegistrationRoundTripsThroughItsJSON() throws {
        let original = ClientRegistration(
            id: "round-trip",
            name: "Round trip",
            kind: .user,
            authentication: .secret("a-secret"),
            scopes: ScopeSet.parse("openid user/*.read").scopes,
            grantLimit: ScopeSet.parse("openid user/Patient.read").scopes,
            redirectURIs: ["https://app.example/cb"],
            autoApproval: ClientRegistration.AutoApproval(user: "provider1", patient: "a-195900.E-1001")
        )
        #expect(try ClientRegistration(json: original.json) == original)
    }

    @Test func seedUsersLinkToPractitionersAndPatientsByNumber() throws {
        let users = UserDirectory(try SeedFiles.load().users)
        let provider = try #require(users.user(named: "provider1"))
        #expect(provider.fhirUser(practiceID: 195_900) == "Practitioner/a-195900.Provider-1")
        let patient = try #require(users.user(named: "patient1001"))
        #expect(patient.fhirUser(practiceID: 195_900) == "Patient/a-195900.E-1001")
        #expect(users.users(for: .patient).allSatisfy { $0.kind == .patient })
        #expect(users.users(for: .service).isEmpty)
    }

    @Test func aMissingSeedFileIsReportedByName() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-seed-\(UUID().uuidString)")
        #expect {
            _ = try AuthorizationSeed.load(from: empty)
        } throws: { error in
            (error as? ClientRegistryError)?.description.hasPrefix("clients.json") == true
        }
    }
}
