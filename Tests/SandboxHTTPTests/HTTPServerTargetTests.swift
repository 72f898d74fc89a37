import Foundation
import Testing

@testable import SandboxHTTP

/// Live tests of request targets: their size, their parameters and their raw bytes.
@Suite struct HTTPServerTargetTests {
    /// `/x?` and a query of exactly `length` bytes.
    private func target(length: Int) -> String {
        "/x?q=" + String(repeating: "b", count: length - 5)
    }

    @Test(arguments: [
        Array(repeating: "a=1", count: 500).joined(separator: "&"),
        Array(repeating: "a=1", count: 2000).joined(separator: "&"),
        String(repeating: "a&", count: 16_000),
    ])
    func aQueryWithThousandsOfParametersIsServed(query: String) throws {
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", "/x?" + query)
            let response = try connection.readResponse()
            #expect(response.status == 200)
            #expect(response.echoed["query"] == query)
        }
    }

    @Test func aTargetAtTheLimitIsServedAndOneByteMoreGets414WithIDAndCORS() throws {
        let limit = HTTPServer.Configuration().maximumTargetLength
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", target(length: limit))
            #expect(try connection.readResponse().status == 200)

            try connection.sendRequest("GET", target(length: limit + 1), headers: ["Origin: http://app.test"])
            let refused = try connection.readResponse()
            #expect(refused.status == 414)
            #expect(refused.text == "Request target exceeds \(limit) bytes\n")
            #expect(refused.headers["X-Request-Id"] == "sbx-000000000002")
            #expect(refused.headers["Access-Control-Allow-Origin"] == "http://app.test")
            // Answered before any body is read, so the library closes the connection.
            #expect(refused.headers["Connection"] == "close")
            #expect(connection.isClosedByPeer(within: 2000))
        }
    }

    @Test(arguments: [100_000, 400_000])
    func aTargetPastTheLimitIsAnsweredPromptly(length: Int) throws {
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            let started = Date()
            try connection.sendRequest("GET", target(length: length))
            let response = try connection.readResponse()
            #expect([414, 431].contains(response.status))
            #expect(Date().timeIntervalSince(started) < 2)
        }
    }

    @Test func rawBytesInTheTargetArrivePercentEncoded() throws {
        let raw =
            Array("/caf".utf8) + [0xC3, 0xA9] + Array("/x?name=".utf8) + [0xC3, 0x28, 0x7C] + Array("&q=1 2".utf8)
        try withLiveServer(responder: echoResponder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", rawTarget: raw)
            let echoed = try connection.readResponse().echoed
            #expect(echoed["path"] == "/caf%C3%A9/x")
            #expect(echoed["query"] == "name=%C3(%7C&q=1%202")
        }
    }

    @Test func aRequestWithATargetThatIsNotUTF8ReachesTheResponderForItsOwn400() throws {
        let responder = ClosureResponder { request in
            guard let items = request.queryItems() else { return .text("bad query", status: 400) }
            return .text(items.map(\.value).joined(separator: ","))
        }
        try withLiveServer(responder: responder) { server in
            let connection = try RawConnection(port: server.port)
            try connection.sendRequest("GET", rawTarget: Array("/p?name=".utf8) + [0xC3, 0x28])
            #expect(try connection.readResponse().status == 400)
            try connection.sendRequest("GET", rawTarget: Array("/p?name=".utf8) + [0xC3, 0xA9])
            #expect(try connection.readResponse().text == "é")
        }
    }
}
