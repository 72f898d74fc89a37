import Testing

@testable import SandboxHTTP

@Suite struct RequestIDGeneratorTests {
    @Test func generatedIDsCountFromOnePerGenerator() {
        let first = RequestIDGenerator()
        #expect(first.requestID(honouring: nil) == "sbx-000000000001")
        #expect(first.requestID(honouring: nil) == "sbx-000000000002")
        #expect(RequestIDGenerator().requestID(honouring: nil) == "sbx-000000000001")
    }

    @Test func aWellFormedSuppliedIDIsKeptAndUsesNoNumber() {
        let generator = RequestIDGenerator()
        #expect(generator.requestID(honouring: "client-7f3a") == "client-7f3a")
        #expect(
            generator.requestID(honouring: String(repeating: "x", count: 200)) == String(repeating: "x", count: 200)
        )
        #expect(generator.requestID(honouring: nil) == "sbx-000000000001")
    }

    @Test(arguments: ["", "has space", "tab\there", "ünïcode", String(repeating: "x", count: 201)])
    func aMalformedSuppliedIDIsReplaced(supplied: String) {
        #expect(RequestIDGenerator().requestID(honouring: supplied) == "sbx-000000000001")
    }
}
