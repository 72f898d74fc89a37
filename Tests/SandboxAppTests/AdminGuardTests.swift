import SandboxHTTP
import Testing

@testable import SandboxApp

@Suite struct AdminGuardTests {
    let guarded = AdminGuard(wrapped: ClosureResponder { _ in .text("ok") })

    private func status(_ path: String, _ headers: HTTPHeaders) -> Int {
        guarded.respond(to: HTTPRequest(method: "GET", target: path, headers: headers)).status
    }

    @Test func loopbackCallsWithoutAnOriginReachTheAdminAPI() {
        for host in ["127.0.0.1:8080", "localhost", "LOCALHOST:1", "[::1]:9000", "127.0.0.2"] {
            #expect(status("/_sandbox/clients", ["Host": host]) == 200, "\(host)")
        }
    }

    @Test func webPagesAndOtherHostNamesAreRefused() {
        #expect(status("/_sandbox/clients", ["Host": "127.0.0.1:8080", "Origin": "http://evil.example"]) == 403)
        #expect(status("/_sandbox/clients", ["Host": "127.0.0.1:8080", "Origin": "null"]) == 403)
        #expect(status("/_sandbox/clients", ["Host": "evil.example"]) == 403)
        #expect(status("/_sandbox/clients", ["Host": "127.0.0.1.evil.example"]) == 403)
        #expect(status("/_sandbox/clients", [:]) == 403)
    }

    @Test func otherAPIsAreNotGuarded() {
        #expect(status("/fhir/r4/metadata", ["Host": "evil.example", "Origin": "http://app.example"]) == 200)
    }
}
