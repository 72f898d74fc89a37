import Testing

@testable import SandboxHTTP

@Suite struct HTTPRequestDecodingTests {
    @Test(arguments: [
        ("a%2Fb", false, "a/b"),
        ("%E2%82%AC%20x", false, "€ x"),
        ("a+b", true, "a b"),
        ("a+b", false, "a+b"),
        ("%2B1", true, "+1"),
        ("plain", true, "plain"),
        ("%7e%7E", false, "~~"),
    ])
    func percentDecodeDecodesEscapesOnce(input: String, plusAsSpace: Bool, expected: String) {
        #expect(HTTPRequest.percentDecode(input, plusAsSpace: plusAsSpace) == expected)
    }

    @Test(arguments: ["%", "%4", "%zz", "a%g1", "%FF", "%C3%28"])
    func percentDecodeRefusesMalformedEscapesAndInvalidUTF8(input: String) {
        #expect(HTTPRequest.percentDecode(input) == nil)
    }

    @Test func queryItemsKeepOrderAndDuplicatesAndSkipEmptyPieces() throws {
        let request = HTTPRequest(method: "GET", target: "/Patient?name=J%C3%B6rg+X&&_count=2&name=b&flag")
        let items = try #require(request.queryItems())
        #expect(items.map(\.name) == ["name", "_count", "name", "flag"])
        #expect(items.map(\.value) == ["Jörg X", "2", "b", ""])
    }

    @Test func queryItemsCanKeepPlusSigns() throws {
        let request = HTTPRequest(method: "GET", target: "/x?date=2020-01-01T00:00:00+01:00")
        let items = try #require(request.queryItems(plusAsSpace: false))
        #expect(items.first?.value == "2020-01-01T00:00:00+01:00")
    }

    @Test func queryItemsAreNilWhenAnEscapeIsMalformedAndEmptyWithoutAQuery() {
        #expect(HTTPRequest(method: "GET", target: "/x?a=%ZZ").queryItems() == nil)
        #expect(HTTPRequest(method: "GET", target: "/x").queryItems()?.isEmpty == true)
    }

    @Test func formItemsDecodeAURLEncodedBody() throws {
        let body = Array("grant_type=client_credentials&scope=system%2FPatient.read+openid".utf8)
        let request = HTTPRequest(method: "POST", path: "/token", body: body)
        let items = try #require(request.formItems())
        #expect(items.map(\.name) == ["grant_type", "scope"])
        #expect(items.last?.value == "system/Patient.read openid")
        #expect(HTTPRequest(method: "POST", path: "/token", body: [0xFF, 0x3D]).formItems() == nil)
    }

    @Test(arguments: [
        ("/a%2Fb?x=%2B1+2", "/a%2Fb", "x=%2B1+2"),
        ("/p?", "/p", ""),
        ("/p", "/p", nil),
        ("/p?a=1?b", "/p", "a=1?b"),
        ("http://example.org:8080/fhir/r4?x=1", "/fhir/r4", "x=1"),
        ("http://example.org", "/", nil),
        ("*", "*", nil),
    ])
    func targetSplitsAtTheFirstQuestionMarkWithoutDecoding(target: String, path: String, query: String?) {
        let split = HTTPRequest.split(target: target)
        #expect(split.path == path)
        #expect(split.query == query)
    }

    @Test func mediaTypeIsLowercasedWithoutParameters() {
        let request = HTTPRequest(
            method: "POST",
            path: "/",
            headers: ["content-type": " Application/FHIR+JSON ; charset=utf-8"]
        )
        #expect(request.mediaType == "application/fhir+json")
        #expect(HTTPRequest(method: "POST", path: "/").mediaType == nil)
    }
}
