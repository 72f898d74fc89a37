import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct DeprecationAdminTests {
    private let admin = AdminHarness()
    private let entry = """
        {"id": "enc", "kind": "endpoint", "enabled": false, "match": {"path": "/v1/**"},
         "deprecation": "2026-01-01T00:00:00Z", "sunset": "2026-04-01T00:00:00Z"}
        """

    @Test func postingAnEntryAddsItWithItsPhase() {
        let created = admin.send("POST", "/_sandbox/deprecations", entry)
        #expect(created.status == 201)
        #expect(admin.json(created)?["phase"] == "disabled")
        #expect(admin.registry.list().map(\.id) == ["enc"])
    }

    @Test func postingToAnIDChangesOnlyTheGivenMembers() {
        _ = admin.send("POST", "/_sandbox/deprecations", entry)
        let changed = admin.send("POST", "/_sandbox/deprecations/enc", #"{"enabled": true}"#)
        #expect(changed.status == 200)
        #expect(admin.json(changed)?["phase"] == "announced")
        #expect(admin.json(changed)?["sunset"] == "2026-04-01T00:00:00.000+00:00")
    }

    @Test func theListShowsTheProfileAndPhasesAtTheSimulatedTime() {
        _ = admin.send("POST", "/_sandbox/deprecations", entry)
        _ = admin.send("POST", "/_sandbox/deprecations/enc", #"{"enabled": true}"#)
        _ = admin.send("POST", "/_sandbox/clock", #"{"set": "2026-04-01T00:00:00Z"}"#)
        let listed = admin.json(admin.send("GET", "/_sandbox/deprecations"))
        #expect(listed?["profile"] == "headers")
        #expect(listed?["deprecations"]?[0]?["phase"] == "sunset")
    }

    @Test func postingASettingsDocumentSetsTheProfile() {
        let response = admin.send("POST", "/_sandbox/deprecations", #"{"profile": "silent"}"#)
        #expect(response.status == 200)
        #expect(admin.registry.profile == .silent)
    }

    @Test func readingAndDeleting() {
        _ = admin.send("POST", "/_sandbox/deprecations", entry)
        #expect(admin.send("GET", "/_sandbox/deprecations/enc").status == 200)
        #expect(admin.send("DELETE", "/_sandbox/deprecations/enc").status == 204)
        #expect(admin.send("GET", "/_sandbox/deprecations/enc").status == 404)
        #expect(admin.send("POST", "/_sandbox/deprecations/enc", #"{"enabled": true}"#).status == 404)
        _ = admin.send("POST", "/_sandbox/deprecations", entry)
        #expect(admin.send("DELETE", "/_sandbox/deprecations").status == 204)
        #expect(admin.registry.list().isEmpty)
    }

    @Test(arguments: [
        "{", #"{"profile": "loud"}"#, #"{"kind": "endpoint"}"#, #"{"deprecations": {}}"#, #"{"colour": 1}"#,
    ])
    func badBodiesAre400(body: String) {
        let response = admin.send("POST", "/_sandbox/deprecations", body)
        #expect(response.status == 400)
        #expect(admin.json(response)?["error"] == "invalid_request")
    }

    @Test func aChangeThatBreaksTheEntryIs400AndKeepsIt() {
        _ = admin.send("POST", "/_sandbox/deprecations", entry)
        #expect(admin.send("POST", "/_sandbox/deprecations/enc", #"{"sunset": "2025-01-01"}"#).status == 400)
        #expect(admin.send("POST", "/_sandbox/deprecations/enc", #"{"id": "other"}"#).status == 400)
        #expect(admin.registry.entry(id: "enc")?.sunset == 1_775_001_600_000)
    }
}
