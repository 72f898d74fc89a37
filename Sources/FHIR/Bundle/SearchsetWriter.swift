import SandboxStore
import SandboxSupport

/// Writes a searchset Bundle by splicing stored resource bytes into the envelope, so no
/// resource is decoded or re-encoded on the way out.
package struct SearchsetWriter: Sendable {
    /// The absolute FHIR base URL the client used, without a trailing slash.
    package var baseURL: String

    package init(baseURL: String) {
        self.baseURL = baseURL
    }

    /// The Bundle's bytes.
    ///
    /// - Parameters:
    ///   - page: The matches and total.
    ///   - links: `(relation, url)` pairs, `self` first.
    ///   - lastUpdated: The Bundle's `meta.lastUpdated`, from the simulated clock.
    /// - Returns: The Bundle's JSON bytes.
    package func write(page: SearchPage, links: [(relation: String, url: String)], lastUpdated: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(page.matches.reduce(512) { $0 + $1.resource.json.count + 160 })
        let head: JSONValue = .object([
            "resourceType": "Bundle",
            "id": .string(Self.bundleID(for: links.first?.url ?? "")),
            "meta": .object(["lastUpdated": .string(lastUpdated)]),
            "type": "searchset",
            "total": .int(page.total),
            "link": .array(links.map { .object(["relation": .string($0.relation), "url": .string($0.url)]) }),
        ])
        var headBytes = head.encodedBytes()
        headBytes.removeLast()
        output.append(contentsOf: headBytes)
        if !page.matches.isEmpty {
            output.append(contentsOf: #","entry":["#.utf8)
            for (index, match) in page.matches.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendEntry(match.resource, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(UInt8(ascii: "}"))
        return output
    }

    private func appendEntry(_ resource: StoredResource, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"fullUrl":"#.utf8)
        output.append(contentsOf: JSONValue.string("\(baseURL)/\(resource.type)/\(resource.id)").encodedBytes())
        output.append(contentsOf: #","resource":"#.utf8)
        output.append(contentsOf: resource.json)
        output.append(contentsOf: #","search":{"mode":"match"}}"#.utf8)
    }

    /// A stable id for the Bundle, derived from its self link (FNV-1a, shaped as a UUID).
    static func bundleID(for selfLink: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in selfLink.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 1
        }
        let hex = String(first, radix: 16).leftPadded(16) + String(second, radix: 16).leftPadded(16)
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
