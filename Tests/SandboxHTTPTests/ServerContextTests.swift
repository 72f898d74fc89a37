import SandboxSupport
import Synchronization
import Testing

@testable import SandboxHTTP

@Suite struct ServerContextTests {
    private func makeContext(cors: CORSPolicy? = CORSPolicy()) -> ServerContext {
        let responder = ClosureResponder { _ in
            HTTPResponse(status: 201, headers: ["X-Request-Id": "from-handler"], body: Array("made".utf8))
        }
        return ServerContext(responder: responder, cors: cors, maximumBodySize: 10, logger: .discarding())
    }

    @Test func anArrivingRequestKeepsItsRawTargetAndGetsAnID() {
        let context = makeContext()
        let request = context.makeRequest(method: "GET", target: "/a%20b?c=%2B", headers: [:], remoteAddress: "::1")
        #expect(request.path == "/a%20b")
        #expect(request.query == "c=%2B")
        #expect(request.requestID == "sbx-000000000001")
        #expect(request.remoteAddress == "::1")
    }

    @Test func theServersRequestIDReplacesOneTheResponderSet() {
        let context = makeContext()
        let request = context.makeRequest(
            method: "GET",
            target: "/",
            headers: ["X-Request-Id": "abc"],
            remoteAddress: nil
        )
        let response = context.response(to: request)
        #expect(response.status == 201)
        #expect(response.headers.values(for: "X-Request-Id") == ["abc"])
    }

    @Test func optionsIsAnsweredByTheCORSPolicyOnlyWhenOneIsConfigured() {
        let request = HTTPRequest(method: "OPTIONS", target: "/x", requestID: "r")
        #expect(makeContext().response(to: request).status == 204)
        #expect(makeContext(cors: nil).response(to: request).status == 201)
    }

    @Test func theBodyTooLargeAnswerCarriesTheIDAndCORSHeaders() {
        let request = HTTPRequest(method: "POST", target: "/", headers: ["Origin": "http://a.test"], requestID: "r-9")
        let response = makeContext().bodyTooLargeResponse(to: request)
        #expect(response.status == 413)
        #expect(response.headers["X-Request-Id"] == "r-9")
        #expect(response.headers["Access-Control-Allow-Origin"] == "http://a.test")
        #expect(String(decoding: response.body, as: UTF8.self) == "Request body exceeds 10 bytes\n")
    }

    @Test func aTargetTooLongIsRefusedThroughTheRespondersRejectionWithoutItsBody() {
        let seen = Mutex<(status: Int, bodySize: Int)?>(nil)
        var router = Router()
        router.rejected = { request, status, reason in
            seen.withLock { $0 = (status, request.body.count) }
            return .text(reason, status: status)
        }
        let context = ServerContext(
            responder: router,
            cors: nil,
            maximumBodySize: 10,
            maximumTargetLength: 20,
            logger: .discarding()
        )
        let request = HTTPRequest(method: "POST", target: "/", body: [1, 2, 3], requestID: "r-1")
        let response = context.targetTooLongResponse(to: request)
        #expect(response.status == 414)
        #expect(String(decoding: response.body, as: UTF8.self) == "Request target exceeds 20 bytes")
        #expect(response.headers["X-Request-Id"] == "r-1")
        #expect(seen.withLock { $0?.status } == 414)
        #expect(seen.withLock { $0?.bodySize } == 0)
    }
}
