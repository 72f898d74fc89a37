import SandboxCrypto
import Testing

@Suite struct Base64Tests {
    /// The test vectors of RFC 4648 §10, unpadded.
    static let vectors: [(text: String, encoded: String)] = [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ]

    @Test(arguments: vectors)
    func base64URLEncodesRFC4648VectorsWithoutPadding(vector: (text: String, encoded: String)) {
        #expect(Base64URL.encode(Array(vector.text.utf8)) == vector.encoded)
        #expect(Base64URL.decode(vector.encoded) == Array(vector.text.utf8))
    }

    @Test func standardBase64PadsToAMultipleOfFour() {
        #expect(Base64.encode(Array("f".utf8)) == "Zg==")
        #expect(Base64.encode(Array("fo".utf8)) == "Zm8=")
        #expect(Base64.encode(Array("foo".utf8)) == "Zm9v")
    }

    @Test func alphabetsDifferInTheirLastTwoSymbols() {
        #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
        #expect(Base64.encode([0xFB, 0xFF]) == "+/8=")
        #expect(Base64URL.decode("+/8") == nil)
        #expect(Base64.decode("-_8=") == nil)
    }

    @Test func everyByteValueRoundTripsAtEveryLengthRemainder() {
        let bytes = (0...255).map { UInt8($0) }
        for length in [0, 1, 2, 3, 4, 5, 254, 255, 256] {
            let slice = Array(bytes.prefix(length))
            #expect(Base64URL.decode(Base64URL.encode(slice)) == slice)
            #expect(Base64.decode(Base64.encode(slice)) == slice)
        }
    }

    @Test func paddedInputIsAccepted() {
        #expect(Base64URL.decode("Zg==") == Array("f".utf8))
        #expect(Base64URL.decode("Zm8=") == Array("fo".utf8))
        #expect(Base64.decode("Zm8") == Array("fo".utf8))
    }

    @Test(arguments: [
        "Z",  // no byte string encodes to one character
        "Zg=",  // padding that does not reach a multiple of four
        "Zg===",  // too much padding
        "Zm9v=",  // padding after a complete group
        "Zm=9",  // padding in the middle
        "Zm9v!",  // a character outside the alphabet
        "Zm 9v",  // white space
        "Zh",  // non-zero bits after the last whole byte
    ])
    func malformedTextIsRejected(text: String) {
        #expect(Base64URL.decode(text) == nil)
        #expect(Base64.decode(text) == nil)
    }

    @Test func basicCredentialsDecode() {
        let decoded = Base64.decode("QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
        #expect(decoded.map { String(decoding: $0, as: UTF8.self) } == "Aladdin:open sesame")
    }
}
