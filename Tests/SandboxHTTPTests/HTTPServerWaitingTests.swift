import Dispatch
import Foundation
import SandboxHTTP
import SandboxSupport
import Synchronization
import Testing

@testable import SandboxHTTP

/// Live tests of requests whose answer waits: they hold no server thread, end cleanly when
/// the server stops, and release their state when the client leaves.
@Suite struct HTTPServerWaitingTests {
    /// Opens `count` connections and sends a request for `path` on each.
    private func openRequests(_ count: Int, to path: String, port: Int) throws -> [RawConnection] {
        try (0..<count).map { _ in
            let connection = try RawConnection(port: port)
            try connection.sendRequest("GET", path)
            return connection
        }
    }

    @Test func fiftyHangingRequestsLeaveTheServerFreeForOthers() throws {
        try withLiveServer(responder: deliveryResponder, threadCount: 2) { server in
            let hanging = try openRequests(50, to: "/hang/20000", port: server.port)
            #expect(eventually { server.waitingConnectionCount == 50 })

            let start = ContinuousClock.now
            let other = try RawConnection(port: server.port)
            try other.sendRequest("GET", "/at-once")
            #expect(try other.readResponse().body == deliveryBody)
            #expect(start.millisecondsSince < 1000)
            #expect(server.waitingConnectionCount == 50)
            _ = hanging
        }
    }

    @Test func delayedRequestsWaitTogetherRatherThanInTurn() throws {
        try withLiveServer(responder: deliveryResponder, threadCount: 1) { server in
            let start = ContinuousClock.now
            let delayed = try openRequests(20, to: "/delayed/300", port: server.port)
            for connection in delayed {
                #expect(try connection.readResponse().body == deliveryBody)
            }
            // One thread holding each request for 300 ms would take 6 seconds.
            let elapsed = start.millisecondsSince
            #expect(elapsed >= 300 && elapsed < 3000)
        }
    }

    @Test func slowBodiesStreamTogetherRatherThanInTurn() throws {
        try withLiveServer(responder: deliveryResponder, threadCount: 1) { server in
            let start = ContinuousClock.now
            let slow = try openRequests(5, to: "/slow/2000", port: server.port)
            for connection in slow {
                #expect(try connection.readResponse().body == deliveryBody)
            }
            // Each body takes 500 ms; in turn they would take 2.5 seconds.
            let elapsed = start.millisecondsSince
            #expect(elapsed >= 450 && elapsed < 2000)
        }
    }

    @Test func stoppingWhileRequestsWaitIsPromptAndClosesThem() throws {
        let server = try HTTPServer(
            configuration: .init(port: 0, threadCount: 2),
            responder: deliveryResponder,
            logger: .discarding()
        )
        let waiting = try openRequests(20, to: "/hang/20000", port: server.port)
        let delayed = try openRequests(1, to: "/delayed/20000", port: server.port)[0]
        let slow = try openRequests(1, to: "/slow/100", port: server.port)[0]
        _ = try slow.readResponse(hasBody: false)
        #expect(eventually { server.waitingConnectionCount == 22 })

        let start = ContinuousClock.now
        server.stop()
        #expect(start.millisecondsSince < 1000)
        #expect(server.waitingConnectionCount == 0)
        #expect(server.openRequestCount == 0)

        for connection in waiting + [delayed] {
            let tail = connection.readUntilClosed()
            #expect(tail.ending == .endOfStream)
            #expect(tail.bytes.isEmpty)
        }
        let slowTail = slow.readUntilClosed()
        #expect(slowTail.ending == .endOfStream)
        #expect(slowTail.bytes.count < deliveryBody.count)
        #expect(slowTail.bytes == Array(deliveryBody.prefix(slowTail.bytes.count)))
    }

    @Test(arguments: ["/delayed/300", "/hang/300", "/slow/1000"])
    func aClientLeavingMidWaitLeavesNoStateBehind(path: String) throws {
        try withLiveServer(responder: deliveryResponder) { server in
            do {
                let leaving = try RawConnection(port: server.port)
                try leaving.sendRequest("GET", path)
                if path.hasPrefix("/slow") { _ = try leaving.readResponse(hasBody: false) }
                #expect(eventually { server.waitingConnectionCount == 1 })
            }
            #expect(eventually { server.openRequestCount == 0 })

            let next = try RawConnection(port: server.port)
            try next.sendRequest("GET", "/at-once")
            #expect(try next.readResponse().body == deliveryBody)
        }
    }

    @Test(arguments: ["/reset", "/close", "/truncated/10", "/at-once", "/slow/100000", "/delayed/0"])
    func aClientLeavingRightAfterItsRequestLeavesNoStateBehind(path: String) throws {
        try withLiveServer(responder: deliveryResponder) { server in
            for _ in 0..<5 {
                let leaving = try RawConnection(port: server.port)
                try leaving.sendRequest("GET", path)
            }
            #expect(eventually { server.openRequestCount == 0 })

            let next = try RawConnection(port: server.port)
            try next.sendRequest("GET", "/at-once")
            #expect(try next.readResponse().body == deliveryBody)
        }
    }

    @Test func everyDeliveryReleasesItsStateOnceDone() throws {
        let paths = ["/delayed/50", "/hang/50", "/reset", "/close", "/truncated/10", "/slow/20000", "/at-once"]
        try withLiveServer(responder: deliveryResponder) { server in
            for path in paths {
                let connection = try RawConnection(port: server.port)
                try connection.sendRequest("GET", path, headers: ["Connection: close"])
                #expect(connection.readUntilClosed().ending != .timedOut)
            }
            #expect(eventually { server.openRequestCount == 0 })
            #expect(server.waitingConnectionCount == 0)
        }
    }

    @Test func stoppingWhileRequestsKeepArrivingLeavesNothingSuspended() throws {
        let server = try HTTPServer(
            configuration: .init(port: 0, threadCount: 2),
            responder: deliveryResponder,
            logger: .discarding()
        )
        let paths = ["/delayed/5", "/slow/40000", "/hang/20", "/truncated/3", "/reset", "/at-once"]
        let isStopping = Atomic(false)
        let answered = Atomic(0)
        let clients = DispatchGroup()
        for client in 0..<4 {
            DispatchQueue.global().async(group: clients) {
                var index = client
                while !isStopping.load(ordering: .relaxed) {
                    index += 1
                    guard let connection = try? RawConnection(port: server.port) else { return }
                    connection.setReceiveTimeout(milliseconds: 1000)
                    try? connection.sendRequest("GET", paths[index % paths.count], headers: ["Connection: close"])
                    if !connection.readUntilClosed().bytes.isEmpty { answered.add(1, ordering: .relaxed) }
                }
            }
        }
        #expect(eventually { answered.load(ordering: .relaxed) >= 20 })
        #expect(eventually { server.waitingConnectionCount > 0 })

        server.stop()
        isStopping.store(true, ordering: .relaxed)
        #expect(clients.wait(timeout: .now() + 5) == .success)
        #expect(server.waitingConnectionCount == 0)
        #expect(server.openRequestCount == 0)
    }
}
