import SandboxHTTP
import Synchronization
import Testing

@Suite struct CORSResponderTests {
    private final class CallCounter: Sendable {
        let count = Mutex(0)
    }

    private func makeResponder(counter: CallCounter = CallCounter(), headers: HTTPHeaders = [:]) -> CORSResponder {
        CORSResponder(
            wrapping: ClosureResponder { _ in
                counter.count.withLock { $0 += 1 }
                return HTTPResponse(status: 200, headers: headers, body: Array("ok".utf8))
            }
        )
    }

    @Test func aPreflightIsAnsweredWithoutCallingTheWrappedResponder() {
        let counter = CallCounter()
        let request = HTTPRequest(
            method: "OPTIONS",
            target: "/fhir/r4/Patient",
            headers: [
                "Origin": "http://app.test:3000",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, x-custom",
            ]
        )
        let response = makeResponder(counter: counter).respond(to: request)
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
        #expect(response.headers["Access-Control-Allow-Origin"] == "http://app.test:3000")
        #expect(response.headers["Access-Control-Allow-Headers"] == "authorization, x-custom")
        #expect(response.headers["Access-Control-Allow-Methods"]?.contains("POST") == true)
        #expect(response.headers["Access-Control-Max-Age"] == "600")
        #expect(response.headers["Vary"] == "Origin")
        #expect(response.headers["Access-Control-Expose-Headers"]?.contains("X-Request-Id") == true)
        #expect(counter.count.withLock { $0 } == 0)
    }

    @Test func anOptionsRequestWithoutOriginAllowsAnyOriginAndTheDefaultHeaders() {
        let response = makeResponder().respond(to: HTTPRequest(method: "OPTIONS", target: "/x"))
        #expect(response.status == 204)
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(response.headers["Access-Control-Allow-Headers"]?.contains("Authorization") == true)
        #expect(response.headers["Vary"] == nil)
    }

    @Test func aCrossOriginResponseAllowsTheOriginAndExposesClientHeaders() throws {
        let request = HTTPRequest(method: "GET", target: "/x", headers: ["Origin": "https://a.test"])
        let response = makeResponder(headers: ["Vary": "Accept"]).respond(to: request)
        #expect(response.status == 200)
        #expect(response.headers["Access-Control-Allow-Origin"] == "https://a.test")
        #expect(response.headers["Vary"] == "Accept, Origin")
        let exposed = try #require(response.headers["Access-Control-Expose-Headers"])
        let names = exposed.split(separator: ",").map { $0.trimmingPrefix(" ") }.map(String.init)
        for name in ["Location", "ETag", "Last-Modified", "X-Request-Id", "Content-Location", "Retry-After"] {
            #expect(names.contains(name))
        }
    }

    @Test func aSameOriginResponseIsLeftAlone() {
        let response = makeResponder(headers: ["X": "1"]).respond(to: HTTPRequest(method: "GET", target: "/x"))
        #expect(response.headers.map(\.name) == ["X"])
    }

    @Test func aRejectionGoesToTheWrappedResponderAndGetsTheCORSHeaders() {
        var router = Router()
        router.rejected = { _, status, reason in .text("refused: \(reason)", status: status) }
        let request = HTTPRequest(method: "GET", target: "/x", headers: ["Origin": "http://app.test"])
        let response = CORSResponder(wrapping: router).respond(toRejected: request, status: 414, reason: "long")
        #expect(response.status == 414)
        #expect(String(decoding: response.body, as: UTF8.self) == "refused: long")
        #expect(response.headers["Access-Control-Allow-Origin"] == "http://app.test")
        #expect(response.headers["Vary"] == "Origin")
    }
}
