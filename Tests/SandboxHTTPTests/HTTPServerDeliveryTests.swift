import Foundation
import SandboxHTTP
import SandboxSupport
import Testing

@testable import SandboxHTTP

/// Live tests of each ``HTTPResponse/Delivery`` as a client sees it on the wire.
@Suite struct HTTPServerDeliveryTests {
    @Test func aDelayedResponseArrivesWholeAfterTheDelayAndKeepsTheConnection() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            try connection.sendRequest("GET", "/delayed/300", headers: ["Origin: http://app.test"])
            let response = try connection.readResponse()
            #expect(start.millisecondsSince >= 300)
            #expect(response.status == 200)
            #expect(response.body == deliveryBody)
            #expect(response.headers["X-Request-Id"] == "sbx-000000000001")
            #expect(response.headers["Access-Control-Allow-Origin"] == "http://app.test")

            try connection.sendRequest("GET", "/at-once")
            #expect(try connection.readResponse().body == deliveryBody)
        }
    }

    @Test func aHangingRequestGetsNothingThenIsClosedAfterTheMaximum() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            try connection.sendRequest("GET", "/hang/700")
            connection.setReceiveTimeout(milliseconds: 250)
            let early = connection.readUntilClosed()
            #expect(early.ending == .timedOut)
            #expect(early.bytes.isEmpty)

            connection.setReceiveTimeout(milliseconds: 5000)
            let late = connection.readUntilClosed()
            #expect(late.ending == .endOfStream)
            #expect(late.bytes.isEmpty)
            #expect(start.millisecondsSince >= 700)
        }
    }

    @Test func aResetAbortsTheConnectionBeforeAnyByte() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/reset")
            let tail = connection.readUntilClosed()
            #expect(tail.ending == .reset)
            #expect(tail.bytes.isEmpty)
        }
    }

    @Test func closingWithoutResponseEndsTheStreamBeforeAnyByte() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/close")
            let tail = connection.readUntilClosed()
            #expect(tail.ending == .endOfStream)
            #expect(tail.bytes.isEmpty)
        }
    }

    @Test(arguments: [0, 10, 999])
    func aTruncatedBodyStopsShortOfItsAnnouncedLength(sentBytes: Int) throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/truncated/\(sentBytes)", headers: ["Origin: http://app.test"])
            let head = try connection.readResponse(hasBody: false)
            #expect(head.status == 200)
            #expect(head.headers["Content-Length"] == String(deliveryBody.count))
            #expect(head.headers["X-Request-Id"] == "sbx-000000000001")
            #expect(head.headers["Access-Control-Allow-Origin"] == "http://app.test")
            let tail = connection.readUntilClosed()
            #expect(tail.bytes == Array(deliveryBody.prefix(sentBytes)))
            #expect(tail.ending == .endOfStream)
        }
    }

    @Test func aTruncationPastTheBodySendsItWhole() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/truncated/5000")
            #expect(try connection.readResponse().body == deliveryBody)
        }
    }

    @Test func aSlowBodyArrivesInPiecesAtAboutTheRate() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            try connection.sendRequest("GET", "/slow/2000", headers: ["Origin: http://app.test"])
            let head = try connection.readResponse(hasBody: false)
            let headArrival = start.millisecondsSince
            #expect(head.headers["Content-Length"] == "1000")
            #expect(head.headers["X-Request-Id"] == "sbx-000000000001")
            #expect(head.headers["Access-Control-Allow-Origin"] == "http://app.test")

            // 1000 bytes at 2000 bytes a second: 500 ms, in pieces of 200 bytes.
            connection.setReceiveTimeout(milliseconds: 700)
            let tail = connection.readUntilClosed()
            let elapsed = start.millisecondsSince
            #expect(tail.bytes == deliveryBody)
            #expect(tail.arrivals.count >= 3)
            #expect(elapsed >= 450 && elapsed < 3000)
            // The head came at once; the body took most of the time after it.
            #expect(elapsed - headArrival >= 250)
            // The connection stays open for the next request.
            #expect(tail.ending == .timedOut)
        }
    }

    @Test func aSlowBodyWaitsSuspendedBetweenPiecesWhileOthersAreServed() throws {
        try withLiveServer(responder: deliveryResponder, threadCount: 1) { server in
            let slow = try RawConnection(port: server.port)
            try slow.sendRequest("GET", "/slow/500")
            _ = try slow.readResponse(hasBody: false)
            #expect(eventually { server.waitingConnectionCount == 1 })

            let start = ContinuousClock.now
            let other = try RawConnection(port: server.port)
            try other.sendRequest("GET", "/at-once")
            #expect(try other.readResponse().body == deliveryBody)
            #expect(start.millisecondsSince < 1000)
        }
    }

    @Test func aHEADResponseWithADeliveryOmitsTheBodyAsUsual() throws {
        try withLiveServer(responder: deliveryResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("HEAD", "/slow/10")
            let head = try connection.readResponse(hasBody: false)
            #expect(head.headers["Content-Length"] == "1000")
            try connection.sendRequest("GET", "/delayed/10")
            #expect(try connection.readResponse().body == deliveryBody)
        }
    }

    @Test func aDelayedAnswerToAPostComesAfterTheWholeBody() throws {
        let responder = ClosureResponder { request in
            let body = Array("\(request.body.count)".utf8)
            return HTTPResponse(status: 201, body: body, delivery: .delayed(milliseconds: 200))
        }
        try withLiveServer(responder: responder) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            try connection.sendRequest("POST", "/upload", body: [UInt8](repeating: 1, count: 100_000))
            let response = try connection.readResponse()
            #expect(start.millisecondsSince >= 200)
            #expect(response.status == 201)
            #expect(response.text == "100000")
        }
    }

    @Test func aRejectionCanBeDelayedLikeAnyAnswer() throws {
        var router = Router()
        router.rejected = { _, status, reason in
            HTTPResponse(status: status, body: Array(reason.utf8), delivery: .delayed(milliseconds: 200))
        }
        try withLiveServer(responder: router, maximumBodySize: 100) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            try connection.sendRequest(
                "POST",
                "/upload",
                headers: ["X-Request-Id: big-2"],
                body: [UInt8](repeating: 1, count: 500)
            )
            let response = try connection.readResponse()
            #expect(start.millisecondsSince >= 200)
            #expect(response.status == 413)
            #expect(response.headers["X-Request-Id"] == "big-2")
        }
    }

    @Test func theAnsweredLogEntryNamesTheDelivery() throws {
        let recorder = LogRecorder()
        try withLiveServer(responder: deliveryResponder, logger: recorder.makeLogger()) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/truncated/5")
            _ = try connection.readResponse(hasBody: false)
            _ = connection.readUntilClosed()
        }
        let answered = try #require(recorder.entries.first { $0.message == "request answered" })
        #expect(answered.metadata["http.delivery"] == "truncated")
    }
}
