import Foundation
import SandboxHTTP

/// Which responses a client will take. The sandbox answers FHIR in JSON only, as
/// `application/fhir+json`, which clients asking for `application/json` also accept.
enum ContentNegotiation {
    private static let jsonTypes: Set<String> = [
        "json", "application/json", "application/fhir+json", "application/json+fhir",
    ]

    /// Whether a `_format` value or a media type means FHIR JSON.
    ///
    /// An unencoded `+` in `_format=application/fhir+json` arrives as a space; it is read as `+`.
    static func isJSON(_ value: String) -> Bool {
        let mediaType = value.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        return jsonTypes.contains(mediaType.replacingOccurrences(of: " ", with: "+"))
    }

    /// A 406 when the request's `Accept` header rules JSON out; `nil` when JSON will do.
    static func refusal(for request: HTTPRequest) -> Refusal? {
        guard let accept = request.headers["Accept"], !accept.isEmpty else { return nil }
        let ranges = accept.split(separator: ",").map {
            $0.split(separator: ";").first.map { $0.trimmingSpaces().lowercased() } ?? ""
        }
        let acceptable = ranges.contains { $0 == "*/*" || $0 == "application/*" || isJSON($0) }
        guard !acceptable else { return nil }
        return Refusal(
            406,
            "not-supported",
            "Accept '\(accept.prefix(200))' rules out JSON; this server answers in application/fhir+json"
        )
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
