import Testing

@testable import SandboxHTTP

@Suite struct HTTPRequestTargetTests {
    private func target(_ bytes: [UInt8]) -> String {
        HTTPRequest.target(fromRaw: bytes)
    }

    @Test func bytesAllowedRawInAURLAreKeptAsTheyAre() {
        let text = "/fhir/r4/Patient/a%2Fb?name=A-z_0.9~&x=!$'()*+,;=:@/?"
        #expect(target(Array(text.utf8)) == text)
    }

    @Test(
        arguments: [
            ([0xC3, 0xA9], "%C3%A9"),
            ([0xC3, 0x28], "%C3("),
            ([0xFF], "%FF"),
            ([0x20, 0x09, 0x01, 0x7F], "%20%09%01%7F"),
            (Array("\"<>\\^`{|}#[]".utf8), "%22%3C%3E%5C%5E%60%7B%7C%7D%23%5B%5D"),
        ] as [([UInt8], String)]
    )
    func otherBytesBecomeUppercaseEscapes(bytes: [UInt8], expected: String) {
        #expect(target(Array("/p?q=".utf8) + bytes) == "/p?q=" + expected)
    }

    @Test func aRawByteAndItsEscapeDecodeAlike() {
        let raw = target(Array("/p?name=".utf8) + [0x4A, 0xC3, 0xA9, 0x20, 0x7C])
        let request = HTTPRequest(method: "GET", target: raw)
        let escaped = HTTPRequest(method: "GET", target: "/p?name=J%C3%A9%20%7C")
        #expect(request.query == escaped.query)
        #expect(request.queryItems()?.first?.value == "Jé |")
    }

    @Test func rawBytesThatAreNotUTF8AreRefusedByTheDecoder() {
        let raw = target(Array("/caf".utf8) + [0xC3, 0x28] + Array("?q=".utf8) + [0xE9])
        let request = HTTPRequest(method: "GET", target: raw)
        #expect(request.path == "/caf%C3(")
        #expect(request.query == "q=%E9")
        #expect(HTTPRequest.percentDecode(request.path) == nil)
        #expect(HTTPRequest.percentDecode("/caf%C3%28") == nil)
        #expect(request.queryItems() == nil)
    }
}
