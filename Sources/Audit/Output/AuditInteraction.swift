/// What kind of interaction a request was, as an `AuditEvent` codes it in `subtype` and
/// `action`.
///
/// FHIR requests are read from their path and method as FHIR's RESTful interactions
/// (`read`, `vread`, `search-type`, `create`, ...). Other requests are coded by their HTTP
/// verb, since an OAuth or model call has no FHIR interaction.
struct AuditInteraction: Equatable {
    static let restfulInteraction = "http://hl7.org/fhir/restful-interaction"
    static let httpVerb = "http://hl7.org/fhir/http-verb"

    /// The code system of ``code``.
    let system: String
    /// The interaction or verb; nil for a verb FHIR has no code for.
    let code: String?
    /// `C`, `R`, `U`, `D` or `E`, as `AuditEvent.action` takes them.
    let action: String

    init(entry: AuditEntry) {
        if entry.family == "fhir" {
            let interaction = Self.fhirInteraction(method: entry.method, path: entry.path)
            self.init(system: Self.restfulInteraction, code: interaction, action: Self.action(of: interaction))
        } else {
            let verbs: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]
            let code = verbs.contains(entry.method) ? entry.method : nil
            self.init(system: Self.httpVerb, code: code, action: Self.action(ofMethod: entry.method))
        }
    }

    private init(system: String, code: String?, action: String) {
        self.system = system
        self.code = code
        self.action = action
    }

    /// The interaction of a FHIR request, from the path segments after the base `/fhir/<version>`.
    static func fhirInteraction(method: String, path: String) -> String {
        let segments = path.prefix { $0 != "?" }.split(separator: "/").dropFirst(2).map(String.init)
        if segments.contains(where: { $0.hasPrefix("$") }) { return "operation" }
        guard let first = segments.first else { return method == "POST" ? "batch" : "search-system" }
        switch (segments.count, first) {
        case (1, "metadata"): return "capabilities"
        case (1, "_history"): return "history-system"
        case (1, _): return typeLevel(method: method)
        case (2, _) where segments[1] == "_search": return "search-type"
        case (2, _) where segments[1] == "_history": return "history-type"
        case (2, _): return instanceLevel(method: method)
        case (3, _) where segments[2] == "_history": return "history-instance"
        case (4, _) where segments[2] == "_history": return "vread"
        case (3, _): return "search-type"
        default: return "read"
        }
    }

    private static func typeLevel(method: String) -> String {
        switch method {
        case "POST": "create"
        case "PUT": "update"
        case "PATCH": "patch"
        case "DELETE": "delete"
        default: "search-type"
        }
    }

    private static func instanceLevel(method: String) -> String {
        switch method {
        case "PUT": "update"
        case "PATCH": "patch"
        case "DELETE": "delete"
        case "POST": "operation"
        default: "read"
        }
    }

    /// The audit action of a FHIR interaction: searches and operations execute, the rest are
    /// what they say.
    private static func action(of interaction: String) -> String {
        switch interaction {
        case "create": "C"
        case "update", "patch": "U"
        case "delete": "D"
        case "read", "vread", "capabilities", "history-system", "history-type", "history-instance": "R"
        default: "E"
        }
    }

    private static func action(ofMethod method: String) -> String {
        switch method {
        case "GET", "HEAD", "OPTIONS": "R"
        case "PUT", "PATCH": "U"
        case "DELETE": "D"
        default: "E"
        }
    }
}
