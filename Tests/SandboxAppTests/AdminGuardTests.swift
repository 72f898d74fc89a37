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

    @Test func beyondLoopbackEveryAdminRequestNeedsTheToken() {
        let tokened = AdminGuard(wrapped: ClosureResponder { _ in .text("ok") }, adminToken: "s3cret")
        func status(_ headers: HTTPHeaders) -> Int {
            tokened.respond(to: HTTPRequest(method: "GET", target: "/_sandbox/audit", headers: headers)).status
        }
        #expect(status(["Host": "10.0.0.5:8080"]) == 401)
        #expect(status(["Host": "127.0.0.1:8080"]) == 401)
        #expect(status(["Host": "10.0.0.5:8080", "X-Sandbox-Admin-Token": "wrong"]) == 401)
        #expect(status(["Host": "10.0.0.5:8080", "X-Sandbox-Admin-Token": "s3cret"]) == 200)
        #expect(status(["Host": "10.0.0.5:8080", "Authorization": "Bearer s3cret"]) == 200)
        #expect(status(["Host": "10.0.0.5:8080", "X-Sandbox-Admin-Token": "s3cret", "Origin": "http://x"]) == 403)
    }

    @Test func listenAddressesAreJudgedLikeHostNames() {
        #expect(AdminGuard.isLoopback("127.0.0.1"))
        #expect(AdminGuard.isLoopback("::1"))
        #expect(!AdminGuard.isLoopback("0.0.0.0"))
        #expect(!AdminGuard.isLoopback("192.168.1.10"))
    }
}
