import Authorization
import Foundation
import SandboxHTTP
import SandboxSupport
import Testing

/// Which scopes, auto-approvals and redirect URIs each kind of client may register.
@Suite struct ClientRegistrationRulesTests {
    /// A registration refused, and the field its description must start with.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let body: JSONValue
        let field: String
        var testDescription: String { "\(field): \(body.encodedString())" }
    }

    private static let app = ["http://127.0.0.1/callback"]

    private static func client(_ kind: String, _ scope: String, _ extra: [String: JSONValue] = [:]) -> JSONValue {
        var json: JSONValue = .object(["kind": .string(kind), "scope": .string(scope)])
        if kind != "service" { json.set("redirect_uris", .array(app.map { .string($0) })) }
        for (name, value) in extra { json.set(name, value) }
        return json
    }

    private static func approve(_ user: String, patient: String? = nil) -> [String: JSONValue] {
        ["auto_approve": .object(["user": .string(user), "patient": patient.map { .string($0) }])]
    }

    static let refusals: [Refusal] = [
        Refusal(body: client("service", "system/Patient.read user/Patient.read"), field: "scope"),
        Refusal(body: client("service", "patient/*.read"), field: "scope"),
        Refusal(body: client("service", "system/*.read openid"), field: "scope"),
        Refusal(body: client("service", "system/*.read launch"), field: "scope"),
        Refusal(body: client("service", "system/*.read launch/patient"), field: "scope"),
        Refusal(body: client("service", "system/*.read offline_access"), field: "scope"),
        Refusal(body: client("user", "openid user/*.read system/Patient.read"), field: "scope"),
        Refusal(body: client("patient", "patient/*.read system/*.read"), field: "scope"),
        Refusal(body: client("patient", "patient/*.read user/Patient.read"), field: "scope"),
        Refusal(body: client("service", "system/*.read", approve("provider1")), field: "auto_approve"),
        Refusal(body: client("user", "user/*.read", approve("patient1001")), field: "auto_approve.user"),
        Refusal(body: client("user", "user/*.read", approve("nobody")), field: "auto_approve.user"),
        Refusal(body: client("patient", "patient/*.read", approve("provider1")), field: "auto_approve.user"),
        Refusal(
            body: client("patient", "patient/*.read", approve("patient1001", patient: "a-195900.E-1002")),
            field: "auto_approve.patient"
        ),
        Refusal(
            body: client("user", "patient/*.read", approve("provider1", patient: "Patient/1")),
            field: "auto_approve.patient"
        ),
        Refusal(
            body: client("user", "user/*.read", ["redirect_uris": ["http://127.0.0.1:0/cb"]]),
            field: "redirect_uris"
        ),
        Refusal(
            body: client("user", "user/*.read", ["redirect_uris": ["https://app.example:70000/cb"]]),
            field: "redirect_uris"
        ),
    ]

    @Test(arguments: refusals)
    func theAdminAPIRefusesAnInconsistentRegistration(_ refusal: Refusal) throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON("POST", "/_sandbox/clients", refusal.body)
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_client_metadata")
        let description = try #require(response.json["error_description"]?.stringValue)
        #expect(description.hasPrefix(refusal.field + ":"), "\(description)")
    }

    @Test func aReplacementIsCheckedToo() throws {
        let harness = try OAuthHarness()
        let response = harness.sendJSON(
            "PUT",
            "/_sandbox/clients/\(Seeded.serviceID)",
            Self.client("service", "system/*.read user/*.read")
        )
        #expect(response.status == 400)
        #expect(response.json["error"] == "invalid_client_metadata")
        #expect(harness.serviceToken(scope: "system/Patient.read").status == 200)
    }

    @Test func consistentRegistrationsAreAccepted() throws {
        let harness = try OAuthHarness()
        let accepted = [
            Self.client("service", "system/*.rs athena/service/Athenanet.MDP.*"),
            Self.client("user", "openid fhirUser launch/patient user/*.rs patient/*.rs", Self.approve("provider2")),
            Self.client("user", "launch/patient patient/*.rs", Self.approve("provider1", patient: "a-195900.E-1002")),
            Self.client("patient", "openid launch/patient patient/*.rs", Self.approve("patient1003")),
            Self.client("user", "user/*.read", ["redirect_uris": ["http://127.0.0.1:65535/cb"]]),
        ]
        for body in accepted {
            let response = harness.sendJSON("POST", "/_sandbox/clients", body)
            #expect(response.status == 201, "\(response.json)")
        }
    }

    @Test func aSeedFileWithAnInconsistentClientDoesNotLoad() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            at: SeedFiles.directory.appendingPathComponent("users.json"),
            to: directory.appendingPathComponent("users.json")
        )
        let clients: JSONValue = .object([
            "clients": [
                .object([
                    "client_id": "bad-service", "kind": "service", "client_secret": "s",
                    "scope": "system/*.read openid",
                ])
            ]
        ])
        try Data(clients.encodedBytes()).write(to: directory.appendingPathComponent("clients.json"))

        let error = #expect(throws: ClientRegistryError.self) { try AuthorizationSeed.load(from: directory) }
        #expect(
            error?.description.hasPrefix("clients.json: bad-service: scope:") == true,
            "\(String(describing: error))"
        )
    }
}
