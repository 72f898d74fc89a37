import Authorization
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct ClientAdminAPITests {
    @Test func aCreatedClientGetsAnIDAndSecretThatWorkAtTheTokenEndpoint() throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON(
            "POST",
            "/_sandbox/clients",
            .object(["kind": "service", "scope": "system/Patient.read"])
        )
        #expect(response.status == 201)
        let id = try #require(response.json["client_id"]?.stringValue)
        let secret = try #require(response.json["client_secret"]?.stringValue)
        #expect(ClientID.isAthenaShaped(id))
        #expect(secret.utf8.count >= 32)

        let token = harness.token(
            [("grant_type", "client_credentials"), ("scope", "system/Patient.read")],
            basic: (id, secret)
        )
        #expect(token.status == 200)
    }

    @Test func listAndReadReturnTheRegistrations() throws {
        let harness = try OAuthHarness()
        let list = try #require(harness.get("/_sandbox/clients").json["clients"]?.arrayValue)
        #expect(
            list.compactMap { $0["client_id"]?.stringValue }
                == [Seeded.serviceID, Seeded.patientAppID, Seeded.providerAppID].sorted()
        )
        let one = harness.get("/_sandbox/clients/\(Seeded.providerAppID)")
        #expect(one.status == 200)
        #expect(one.json["kind"] == "user")
        #expect(harness.get("/_sandbox/clients/nope").status == 404)
    }

    @Test func replacingAClientKeepsItsSecretWhenNoneIsGiven() throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON(
            "PUT",
            "/_sandbox/clients/\(Seeded.serviceID)",
            .object(["kind": "service", "scope": "system/Observation.read", "client_name": "Renamed"])
        )
        #expect(response.status == 200)
        #expect(response.json["client_secret"] == .string(Seeded.serviceSecret))
        #expect(harness.serviceToken(scope: "system/Patient.read").json["error"] == "invalid_scope")
        #expect(harness.serviceToken(scope: "system/Observation.read").status == 200)
    }

    @Test func aPathAndBodyIDMismatchIsRefused() throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON(
            "PUT",
            "/_sandbox/clients/\(Seeded.serviceID)",
            .object(["client_id": "other", "kind": "service", "scope": "system/*.read"])
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_request")
    }

    @Test func deletingAClientRevokesItsTokens() throws {
        let harness = try OAuthHarness()
        let token = try #require(harness.serviceToken(scope: "system/Patient.read").json["access_token"]?.stringValue)
        let response = harness.send(HTTPRequest(method: "DELETE", target: "/_sandbox/clients/\(Seeded.serviceID)"))
        #expect(response.status == 204)
        #expect(harness.server.authenticate(bearer: "Bearer \(token)") == .invalid(.revoked))
        #expect(harness.get("/_sandbox/clients/\(Seeded.serviceID)").status == 404)
    }

    @Test func badBodiesGetJSONErrors() throws {
        let harness = try OAuthHarness()
        let notJSON = harness.send(
            HTTPRequest(
                method: "POST",
                target: "/_sandbox/clients",
                headers: ["Content-Type": "application/json"],
                body: Array("{not json".utf8)
            )
        )
        #expect(notJSON.status == 400)
        #expect(notJSON.json["error"] == "invalid_request")

        let duplicate = harness.sendJSON(
            "POST",
            "/_sandbox/clients",
            .object(["client_id": .string(Seeded.serviceID), "kind": "service", "scope": "system/*.read"])
        )
        #expect(duplicate.status == 409)
        #expect(duplicate.json["error_description"]?.stringValue?.isEmpty == false)
    }
}
