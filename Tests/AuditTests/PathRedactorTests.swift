import SandboxHTTP
import SandboxSupport
import Testing

@testable import Audit

@Suite struct PathRedactorTests {
    @Test(arguments: [
        (
            "/oauth2/v1/token?grant_type=refresh_token&refresh_token=rt-123&scope=openid",
            "/oauth2/v1/token?grant_type=refresh_token&refresh_token=[redacted]&scope=openid"
        ),
        ("/oauth2/v1/callback?code=abc&state=xyz", "/oauth2/v1/callback?code=[redacted]&state=xyz"),
        (
            "/oauth2/v1/token?code_verifier=v&client_secret=s&client_assertion=eyJ",
            "/oauth2/v1/token?code_verifier=[redacted]&client_secret=[redacted]&client_assertion=[redacted]"
        ),
        ("/fhir/r4/Patient?access_token=at&_count=5", "/fhir/r4/Patient?access_token=[redacted]&_count=5"),
        ("/oauth2/v1/revoke?token=t1", "/oauth2/v1/revoke?token=[redacted]"),
        ("/_sandbox/login?username=jdoe&password=hunter2", "/_sandbox/login?username=jdoe&password=[redacted]"),
        ("/v1/195900/x?Authorization=Bearer%20abc", "/v1/195900/x?Authorization=[redacted]"),
        ("/oauth2/v1/token?Client%5FSecret=s&CODE=c", "/oauth2/v1/token?Client%5FSecret=[redacted]&CODE=[redacted]"),
        (
            "/oauth2/v1/token?client+secret=s&token=a&token=b",
            "/oauth2/v1/token?client+secret=s&token=[redacted]&token=[redacted]"
        ),
    ])
    func credentialValuesAreReplacedAndEverythingElseKept(target: String, expected: String) {
        #expect(PathRedactor.redact(target) == expected)
    }

    @Test(arguments: [
        "/fhir/r4/Patient/a-1",
        "/fhir/r4/Observation?code=http://loinc.org|2339-0&patient=a-1",
        "/oauth2/v1/authorize?response_type=code&code_challenge=abc&code_challenge_method=S256",
        "/oauth2/v1/token?token=&code",
        "/v1/195900/patients?&&departmentid=1",
        "/fhir/r4/Patient?",
    ])
    func targetsWithoutCredentialValuesAreLeftAlone(target: String) {
        #expect(PathRedactor.redact(target) == target)
    }

    @Test func redactingTwiceChangesNothingMore() {
        let once = PathRedactor.redact("/oauth2/v1/token?code=abc&refresh_token=def&x=1")
        #expect(PathRedactor.redact(once) == once)
    }

    @Test func anEntryRedactsItsPathWhenBuiltAndWhenChanged() {
        var entry = Sample.entry(1, path: "/oauth2/v1/token?client_secret=s3cret")
        #expect(entry.path == "/oauth2/v1/token?client_secret=[redacted]")
        entry.path = "/oauth2/v1/token?refresh_token=r3fresh"
        #expect(entry.path == "/oauth2/v1/token?refresh_token=[redacted]")
    }

    @Test func noEntryOutputOrFileEverHoldsASecretAfterAMixOfRequests() throws {
        let secret = "Sup3rSecretValue"
        let requests = [
            HTTPRequest(method: "GET", target: "/oauth2/v1/callback?code=\(secret)&state=s"),
            HTTPRequest(method: "POST", target: "/oauth2/v1/token?client_secret=\(secret)"),
            HTTPRequest(
                method: "POST",
                target: "/oauth2/v1/token",
                headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: Array("grant_type=refresh_token&refresh_token=\(secret)".utf8)
            ),
            HTTPRequest(method: "GET", target: "/fhir/r4/Patient/a-1", headers: ["Authorization": "Bearer \(secret)"]),
            HTTPRequest(method: "GET", target: "/fhir/r4/Observation?access_token=\(secret)&code=8867-4"),
            HTTPRequest(method: "POST", target: "/oauth2/v1/introspect?token=\(secret)"),
            HTTPRequest(method: "GET", target: "/v1/195900/patients?password=\(secret)&Code_Verifier=\(secret)"),
            HTTPRequest(method: "POST", target: "/anthropic/v1/messages", headers: ["x-api-key": secret]),
        ]
        let file = TemporaryAuditFile()
        let log = try file.makeLog()
        defer { log.close() }
        for (index, request) in requests.enumerated() {
            var request = request
            request.requestID = "r-\(index)"
            log.record(AuditEntry(request: request, status: 200, simulatedTime: Sample.start, latencyMicroseconds: 5))
        }

        let entries = try log.entries(matching: AuditFilter())
        #expect(entries.count == requests.count)
        let outputs = AuditPrinter.Format.allCases.map { AuditPrinter(format: $0).render(entries) }
        for output in outputs {
            #expect(!output.contains(secret))
        }
        #expect(entries.allSatisfy { !"\($0)".contains(secret) })
        // The scan reads the written rows: the redacted form of the first target is there.
        #expect(Self.bytes(file.allBytes(), contain: Array("/oauth2/v1/callback?code=[redacted]&state=s".utf8)))
        #expect(!Self.bytes(file.allBytes(), contain: Array(secret.utf8)))
        // The FHIR search code is evidence, not a credential, and stays.
        #expect(entries[4].path == "/fhir/r4/Observation?access_token=[redacted]&code=8867-4")
    }

    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
