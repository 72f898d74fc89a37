extension AuditEntry {
    /// The route family of a request path: the first segment that tells the sandbox's parts
    /// apart.
    ///
    /// | Path starts with | Family |
    /// | --- | --- |
    /// | `/fhir` | `fhir` |
    /// | `/oauth2` | `oauth` |
    /// | `/v1` | `v1` |
    /// | `/anthropic` | `anthropic` |
    /// | `/openai` | `openai` |
    /// | `/_sandbox` | `admin` |
    /// | anything else | `other` |
    ///
    /// A listener that serves the model routes under `/v1` passes its family explicitly.
    ///
    /// - Parameter path: A raw request target; any query is ignored.
    /// - Returns: The family's name.
    package static func family(ofPath path: String) -> String {
        let withoutQuery = path.prefix { $0 != "?" }
        let first = withoutQuery.drop { $0 == "/" }.prefix { $0 != "/" }
        return families[String(first)] ?? "other"
    }

    private static let families: [String: String] = [
        "fhir": "fhir",
        "oauth2": "oauth",
        "v1": "v1",
        "anthropic": "anthropic",
        "openai": "openai",
        "_sandbox": "admin",
    ]
}
