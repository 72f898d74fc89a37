import Dispatch
import Foundation
import Glibc
import SandboxSupport
import Synchronization
import Testing

@testable import SandboxHTTP

@Suite struct HTTPServerLiveTests {
    @Test func thePathAndQueryArriveExactlyAsSent() throws {
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/a%2Fb?x=%2B1+2")
            let echoed = try connection.readResponse().echoed
            #expect(echoed["path"] == "/a%2Fb")
            #expect(echoed["query"] == "x=%2B1+2")
        }
    }

    @Test func requestIDsAreGeneratedInSequenceOrTakenFromTheClient() throws {
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            var ids: [String?] = []
            for supplied in [nil, "client-id-7", nil] {
                try connection.sendRequest("GET", "/", headers: supplied.map { ["X-Request-Id: \($0)"] } ?? [])
                let response = try connection.readResponse()
                #expect(response.echoed["id"] == response.headers["X-Request-Id"])
                ids.append(response.headers["X-Request-Id"])
            }
            #expect(ids == ["sbx-000000000001", "client-id-7", "sbx-000000000002"])
        }
    }

    @Test func twoRequestsShareOneKeptAliveConnection() throws {
        let peers = Mutex<[String?]>([])
        let responder = ClosureResponder { request in
            peers.withLock { $0.append(request.remoteAddress) }
            return .text(request.path)
        }
        try withLiveServer(responder: responder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/first")
            let first = try connection.readResponse()
            try connection.sendRequest("GET", "/second")
            let second = try connection.readResponse()
            #expect([first.text, second.text] == ["/first", "/second"])
            #expect(first.headers["Connection"] == nil)
            #expect(!connection.isClosedByPeer())
        }
        #expect(peers.withLock { $0 } == ["127.0.0.1", "127.0.0.1"])
    }

    @Test func aLargeBodyIsCollectedAcrossChunks() throws {
        let body = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("POST", "/upload", body: body)
            let echoed = try connection.readResponse().echoed
            #expect(echoed["body"] == "200000")
            #expect(echoed["sum"] == String(body.reduce(0) { $0 &+ Int($1) }))
        }
    }

    @Test func aChunkedBodyIsCollected() throws {
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            try connection.send("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
            #expect(try connection.readResponse().echoed["body"] == "11")
        }
    }

    @Test func aDeclaredBodyOverTheLimitIsRefusedWith413() throws {
        let called = Mutex(false)
        let responder = ClosureResponder { _ in
            called.withLock { $0 = true }
            return .text("reached")
        }
        try withLiveServer(responder: responder, maximumBodySize: 1000) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest(
                "POST",
                "/upload",
                headers: ["X-Request-Id: big-1", "Origin: http://app.test"],
                body: [UInt8](repeating: 65, count: 5000)
            )
            let response = try connection.readResponse()
            #expect(response.status == 413)
            #expect(response.headers["X-Request-Id"] == "big-1")
            #expect(response.headers["Access-Control-Allow-Origin"] == "http://app.test")
            // The unread body would follow on the connection, so the server closes it.
            #expect(connection.isClosedByPeer(within: 2000))
        }
        #expect(called.withLock { $0 } == false)
    }

    @Test func aChunkedBodyOverTheLimitIsDrainedThenRefusedWith413() throws {
        try withLiveServer(responder: echoResponder, maximumBodySize: 1000) { server in
            let connection = try RawConnection(port: server.port)
            try connection.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = "400\r\n" + String(repeating: "z", count: 1024) + "\r\n"
            try connection.send(String(repeating: chunk, count: 4) + "0\r\n\r\n")
            let response = try connection.readResponse()
            #expect(response.status == 413)
            #expect(response.headers["X-Request-Id"] == "sbx-000000000001")
        }
    }

    @Test func headGetsTheGetHeadersAndLengthWithoutTheBody() throws {
        var router = Router()
        router.get("/doc") { _, _ in .text("twelve bytes") }
        try withLiveServer(responder: router) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("HEAD", "/doc")
            let head = try connection.readResponse(hasBody: false)
            #expect(head.status == 200)
            #expect(head.headers["Content-Length"] == "12")
            #expect(head.headers["Content-Type"] == "text/plain; charset=utf-8")
            // The next response on the same connection starts right away, so no body was sent.
            try connection.sendRequest("GET", "/doc")
            #expect(try connection.readResponse().text == "twelve bytes")
        }
    }

    @Test func aPreflightIsAnswered204WithCORSHeaders() throws {
        try withLiveServer(responder: Router()) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest(
                "OPTIONS",
                "/fhir/r4/Patient",
                headers: ["Origin: http://app.test", "Access-Control-Request-Headers: authorization"]
            )
            let response = try connection.readResponse()
            #expect(response.status == 204)
            #expect(response.headers["Access-Control-Allow-Origin"] == "http://app.test")
            #expect(response.headers["Access-Control-Allow-Headers"] == "authorization")
            #expect(response.headers["X-Request-Id"] == "sbx-000000000001")
        }
    }

    @Test func routerFallbacksReachTheClient() throws {
        var router = Router()
        router.get("/only-get") { _, _ in .text("ok") }
        try withLiveServer(responder: router) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/nowhere")
            #expect(try connection.readResponse().status == 404)
            try connection.sendRequest("POST", "/only-get", body: Array("x".utf8))
            let refused = try connection.readResponse()
            #expect(refused.status == 405)
            #expect(refused.headers["Allow"] == "GET, HEAD")
        }
    }

    @Test func responsesCarryNoDateHeaderOfTheirOwn() throws {
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/")
            let response = try connection.readResponse()
            #expect(response.headers["Date"] == nil)
            #expect(response.headers["Content-Length"] != nil)
        }
    }

    @Test func aSecondServerOnABusyPortFailsWithOneClearLine() throws {
        try withLiveServer(responder: echoResponder) { server in
            let configuration = HTTPServer.Configuration(port: server.port)
            let error = #expect(throws: HTTPServerError.self) {
                _ = try HTTPServer(configuration: configuration, responder: echoResponder, logger: .discarding())
            }
            #expect(error == .cannotListen(on: "127.0.0.1:\(server.port)", code: EADDRINUSE))
            #expect(error?.description == "cannot listen on 127.0.0.1:\(server.port): address already in use")
        }
    }

    @Test func stoppingTwiceIsSafeAndClosesThePort() throws {
        let server = try HTTPServer(
            configuration: .init(port: 0, threadCount: 2),
            responder: echoResponder,
            logger: .discarding()
        )
        server.stop()
        server.stop()
        #expect(throws: RawConnection.Failure.self) { _ = try RawConnection(port: server.port) }
    }

    @Test func requestStateIsReleasedEvenWhenAClientLeavesMidHeaders() throws {
        try withLiveServer(responder: echoResponder) { server in
            do {
                let leaving = try RawConnection(port: server.port)
                try leaving.send("GET /partial HTTP/1.1\r\nHost: x\r\n")
                let finished = try RawConnection(port: server.port)
                try finished.sendRequest("GET", "/done")
                _ = try finished.readResponse()
            }
            let deadline = Date().addingTimeInterval(5)
            while server.openRequestCount > 0 && Date() < deadline { usleep(10_000) }
            #expect(server.openRequestCount == 0)
        }
    }

    @Test func lifecycleIsLoggedAtInfoAndRequestsAtDebugWithTheirID() throws {
        let recorder = LogRecorder()
        try withLiveServer(responder: echoResponder, logger: recorder.makeLogger()) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/logged")
            _ = try connection.readResponse()
        }
        let entries = recorder.entries
        #expect(
            entries.filter { $0.level == .info }.map(\.message) == ["HTTP server listening", "HTTP server stopped"]
        )
        let answered = try #require(entries.first { $0.message == "request answered" })
        #expect(answered.level == .debug)
        #expect(answered.metadata["http.request.id"] == "sbx-000000000001")
        #expect(answered.metadata["http.status"] == "200")
    }

    @Test func concurrentClientsAreAllAnswered() throws {
        try withLiveServer(responder: echoResponder) { server in
            let answered = Mutex<[String]>([])
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { thread in
                do {
                    let connection = try RawConnection(port: server.port)
                    for index in 0..<25 {
                        let id = "t\(thread)-r\(index)"
                        try connection.sendRequest("GET", "/c/\(id)", headers: ["X-Request-Id: \(id)"])
                        let response = try connection.readResponse()
                        if response.echoed["path"] == "/c/\(id)" && response.headers["X-Request-Id"] == id {
                            answered.withLock { $0.append(id) }
                        }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 } == [])
            #expect(Set(answered.withLock { $0 }).count == 200)
        }
    }
}
