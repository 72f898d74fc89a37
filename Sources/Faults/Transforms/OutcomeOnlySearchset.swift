import SandboxHTTP
import SandboxSupport

/// athenaOne's answer to some searches it cannot serve: 200 and a searchset Bundle whose only
/// entry is an error OperationOutcome, so a client that checks only the status reads "nothing
/// found".
///
/// The Bundle has no `total`; its one entry has a `urn:uuid:` `fullUrl`, an OperationOutcome
/// with a single `error`/`invalid` issue and no text, and `search.mode: outcome`. The Bundle id,
/// `meta` and `self` link are kept from the real answer when it is a Bundle; the uuid is derived
/// from the request line and the simulated time, so a replayed run gets the same bytes.
enum OutcomeOnlySearchset {
    static func response(replacing response: HTTPResponse, facts: RequestFacts) -> HTTPResponse {
        let original = (try? JSONValue.parse(response.body)).flatMap { $0["resourceType"] == "Bundle" ? $0 : nil }
        let seed = "\(facts.method) \(facts.path)?\(facts.query ?? "") @\(facts.now)"
        let selfLinks = original?["link"]?.arrayValue?.filter { $0["relation"] == "self" } ?? []
        let bundle: JSONValue = .object([
            "resourceType": "Bundle",
            "id": original?["id"] ?? .string(uuid(from: "bundle " + seed)),
            "meta": original?["meta"] ?? .object(["lastUpdated": .string(InstantText.format(facts.now))]),
            "type": "searchset",
            "link": selfLinks.isEmpty ? nil : .array(selfLinks),
            "entry": .array([entry(uuid: uuid(from: "outcome " + seed))]),
        ])
        var changed = response
        changed.status = 200
        changed.body = bundle.encodedBytes()
        changed.headers.replaceOrAdd(name: "Content-Type", value: ErrorBody.fhirContentType)
        return changed
    }

    private static func entry(uuid: String) -> JSONValue {
        let outcome: JSONValue = .object([
            "resourceType": "OperationOutcome",
            "issue": .array([.object(["severity": "error", "code": "invalid"])]),
        ])
        return .object([
            "fullUrl": .string("urn:uuid:" + uuid),
            "resource": outcome,
            "search": .object(["mode": "outcome"]),
        ])
    }

    /// A version 4 shaped UUID from two FNV-1a hashes of `text`.
    static func uuid(from text: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37
        }
        first = (first & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000
        second = (second & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000
        let hex = Array(hex16(first) + hex16(second))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(separator: "-")
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
