import SandboxHTTP
import SandboxSupport

/// Rewrites the `link` URLs of a Bundle answer, leaving every other byte as the server wrote it.
///
/// Each rewritten URL is replaced where it appears as `"url":"..."` in the body, so resources keep
/// their exact stored bytes (a decimal such as `5.10` keeps its trailing zero). A body laid out
/// some other way is decoded and written again with the new links.
enum BundleLinks {
    /// `response` with each link whose `rewrite(relation, url)` gives a new URL changed to it.
    static func rewrite(
        _ response: HTTPResponse,
        _ rewrite: (_ relation: String, _ url: String) -> String?
    ) -> HTTPResponse {
        guard let bundle = try? JSONValue.parse(response.body), bundle["resourceType"] == "Bundle",
            let links = bundle["link"]?.arrayValue
        else { return response }

        var body: [UInt8]? = response.body
        var newLinks: [JSONValue] = []
        for link in links {
            guard let relation = link["relation"]?.stringValue, let url = link["url"]?.stringValue,
                let changed = rewrite(relation, url), changed != url
            else {
                newLinks.append(link)
                continue
            }
            var newLink = link
            newLink.set("url", .string(changed))
            newLinks.append(newLink)
            body = body.flatMap { replacingFirst(in: $0, Self.urlMember(url), with: Self.urlMember(changed)) }
        }

        var changed = response
        if let body {
            changed.body = body
        } else {
            var rewritten = bundle
            rewritten.set("link", .array(newLinks))
            changed.body = rewritten.canonicalBytes()
        }
        return changed
    }

    /// `url` with its `cursor` query value increased by `skip`, or nil when it has no numeric cursor.
    static func movingCursor(of url: String, by skip: Int) -> String? {
        guard let mark = url.firstIndex(of: "?") else { return nil }
        var items = url[url.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false)
        guard let index = items.firstIndex(where: { $0.hasPrefix("cursor=") }),
            let cursor = Int64(items[index].dropFirst("cursor=".count)), cursor >= 0
        else { return nil }
        items[index] = "cursor=\(cursor + Int64(skip))"[...]
        return String(url[...mark]) + items.joined(separator: "&")
    }

    /// `url` relative to the FHIR base (`Observation?...`) or to the host (`/fhir/r4/Observation?...`).
    ///
    /// A URL that is already relative is left as it is.
    static func relative(_ url: String, style: LinkStyle) -> String? {
        guard let scheme = url.firstRange(of: "://") else { return nil }
        let afterScheme = url[scheme.upperBound...]
        let hostRelative = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
        switch style {
        case .hostRelative:
            return hostRelative
        case .relative:
            guard let base = hostRelative.firstRange(of: "/fhir/r4/") else { return hostRelative }
            return String(hostRelative[base.upperBound...])
        }
    }

    private static func urlMember(_ url: String) -> [UInt8] {
        Array(#""url":"#.utf8) + JSONValue.string(url).encodedBytes()
    }

    private static func replacingFirst(in bytes: [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> [UInt8]? {
        guard let start = firstIndex(of: needle, in: bytes) else { return nil }
        return Array(bytes[..<start]) + replacement + Array(bytes[(start + needle.count)...])
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { start in
            bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
