import SandboxHTTP
import Testing

@Suite struct HTTPHeadersTests {
    @Test func lookupIgnoresCaseAndReturnsTheFirstValue() {
        let headers: HTTPHeaders = ["Accept": "a", "ACCEPT": "b", "Content-Type": "text/plain"]
        #expect(headers["accept"] == "a")
        #expect(headers["content-TYPE"] == "text/plain")
        #expect(headers["Missing"] == nil)
        #expect(headers.values(for: "Accept") == ["a", "b"])
    }

    @Test func iterationKeepsInsertionOrderAndSpelling() {
        var headers = HTTPHeaders()
        headers.add(name: "X-One", value: "1")
        headers.add(name: "x-two", value: "2")
        headers.add(name: "X-ONE", value: "3")
        #expect(headers.map(\.name) == ["X-One", "x-two", "X-ONE"])
        #expect(headers.map(\.value) == ["1", "2", "3"])
        #expect(headers.count == 3)
    }

    @Test func replaceOrAddUpdatesTheFirstInPlaceAndDropsLaterDuplicates() {
        var headers: HTTPHeaders = ["A": "1", "Vary": "x", "B": "2", "vary": "y"]
        headers.replaceOrAdd(name: "VARY", value: "z")
        #expect(headers.map(\.name) == ["A", "Vary", "B"])
        #expect(headers["vary"] == "z")

        headers.replaceOrAdd(name: "New", value: "n")
        #expect(headers.map(\.name).last == "New")
    }

    @Test func removeDropsEveryFieldOfThatName() {
        var headers: HTTPHeaders = ["Set-Cookie": "a", "Other": "o", "set-cookie": "b"]
        headers.remove(name: "SET-COOKIE")
        #expect(headers.map(\.name) == ["Other"])
        #expect(!headers.contains("Set-Cookie"))
    }

    @Test func namesDifferingOnlyBeyondASCIICaseDoNotMatch() {
        let headers: HTTPHeaders = ["Straße": "1"]
        #expect(headers["STRASSE"] == nil)
        #expect(headers["straße"] == "1")
    }
}
