import Authorization
import FHIR
import SandboxHTTP
import SandboxStore
import SandboxSupport

/// `GET /fhir/r4/{type}/{id}`.
extension FHIRAPI {
    func read(_ request: HTTPRequest, rawType: String, rawID: String) -> HTTPResponse {
        if let refusal = ContentNegotiation.refusal(for: request) { return refusal.response }
        let definition: ResourceDefinition
        let id: String
        switch resolve(rawType: rawType, rawID: rawID) {
        case .success(let resolved): (definition, id) = resolved
        case .failure(let refusal): return refusal.response
        }
        guard definition.supports(.read) else {
            return FHIRResponse.outcome(405, code: "not-supported", "\(definition.type) cannot be read")
        }
        let access: AccessScope
        switch authorize(request, .read, on: definition.type) {
        case .success(let scope): access = scope
        case .failure(let refusal): return refusal.response
        }
        let practice: Int
        switch practiceForRead(request, id: id) {
        case .success(let number): practice = number
        case .failure(let refusal): return refusal.response
        }
        guard AthenaID.practiceNumber(fromID: id) == practice else {
            return FHIRResponse.outcome(
                404,
                code: "not-found",
                "\(definition.type)/\(id) is not known in practice \(practice)"
            )
        }
        do {
            guard let resource = try repository.read(type: definition.type, id: id) else {
                return FHIRResponse.outcome(404, code: "not-found", "\(definition.type)/\(id) is not known")
            }
            if let refusal = try check(resource, against: access, definition: definition) { return refusal.response }
            return FHIRResponse.resource(resource, offsetMinutes: configuration.offsetMinutes)
        } catch {
            logger.error("Read failed in the store", metadata: ["fhir.type": definition.type, "error": "\(error)"])
            return FHIRResponse.outcome(500, code: "exception", "The resource could not be read from the store")
        }
    }

    /// A 403 when the token's compartment or granular scopes do not reach `resource`.
    private func check(_ resource: StoredResource, against access: AccessScope, definition: ResourceDefinition) throws
        -> Refusal?
    {
        if let patient = Self.compartmentPatient(of: access), let owner = resource.patientID, owner != patient {
            return Refusal(
                403,
                "forbidden",
                "\(resource.type)/\(resource.id) is outside the compartment of the token's patient",
                headers: [Self.compartmentChallenge]
            )
        }
        let criteria: [SearchCriterion]
        switch Self.criteria(for: access) {
        case .success(let found): criteria = found
        case .failure(let refusal): return refusal
        }
        guard !criteria.isEmpty else { return nil }
        let compiler = SearchCompiler(defaultOffsetMinutes: configuration.offsetMinutes, now: clock.now)
        guard try engine.resource(resource.id, in: definition, matches: criteria, compiler: compiler) else {
            return Refusal(
                403,
                "forbidden",
                "\(resource.type)/\(resource.id) is outside the token's granular scopes",
                headers: [Self.compartmentChallenge]
            )
        }
        return nil
    }

    /// The type and the once-decoded, validated id of an instance path.
    func resolve(rawType: String, rawID: String) -> Result<(ResourceDefinition, String), Refusal> {
        guard let definition = repository.catalog[rawType] else {
            return .failure(Refusal(404, "not-supported", "This server has no resource type '\(rawType)'"))
        }
        guard let id = HTTPRequest.percentDecode(rawID), AthenaID.isValid(id) else {
            return .failure(
                Refusal(400, "invalid", "'\(rawID)' is not a valid FHIR id: 1 to 64 of A-Z, a-z, 0-9, '-' and '.'")
            )
        }
        return .success((definition, id))
    }

    /// A read names its practice by `ah-practice` or, failing that, by the practice in the id.
    /// It takes no other parameter but `_format`.
    private func practiceForRead(_ request: HTTPRequest, id: String) -> Result<Int, Refusal> {
        var items: [HTTPRequest.FormItem]
        switch parameters(of: request, includingForm: false) {
        case .success(let decoded): items = decoded
        case .failure(let refusal): return .failure(refusal)
        }
        if let refusal = removeFormat(from: &items) { return .failure(refusal) }
        if let other = items.first(where: { !$0.name.hasPrefix("ah-practice") }) {
            return .failure(Refusal(400, "not-supported", "A read takes no parameter '\(other.name)'"))
        }
        if let item = items.first {
            return checkedPractice(parameterName: item.name, value: item.value)
        }
        guard let number = AthenaID.practiceNumber(fromID: id) else {
            return .failure(
                Refusal(
                    404,
                    "not-found",
                    "'\(id)' is not known; athenaOne ids start with their practice, as in a-195900.E-806"
                )
            )
        }
        return checkedPractice(number, String(number))
    }

    /// The practice an `ah-practice` parameter names, in one of athenaOne's two forms.
    func checkedPractice(parameterName: String, value: String) -> Result<Int, Refusal> {
        guard parameterName == "ah-practice" || parameterName == "ah-practice:Organization" else {
            let modifier = parameterName.drop { $0 != ":" }
            return .failure(
                Refusal(400, "not-supported", "ah-practice takes no modifier but :Organization, not '\(modifier)'")
            )
        }
        return checkedPractice(PracticeTenancy.practiceNumber(parameterName: parameterName, value: value), value)
    }

    func checkedPractice(_ number: Int?, _ given: String) -> Result<Int, Refusal> {
        guard let number else {
            return .failure(
                Refusal(400, "invalid", "ah-practice '\(given)' is not of the form Organization/a-1.Practice-N")
            )
        }
        guard configuration.practiceIDs.contains(number) else {
            return .failure(Refusal(404, "not-found", "Practice \(number) is not served by this sandbox"))
        }
        return .success(number)
    }

    func refuseInstanceWrite(_ request: HTTPRequest, rawType: String, rawID: String) -> HTTPResponse {
        if case .failure(let refusal) = resolve(rawType: rawType, rawID: rawID) { return refusal.response }
        return Self.methodNotAllowed(request.method, "\(rawType)/{id}", allow: "GET, HEAD")
    }

    func refuseTypeWrite(_ request: HTTPRequest, rawType: String) -> HTTPResponse {
        guard repository.catalog[rawType] != nil else {
            return Refusal(404, "not-supported", "This server has no resource type '\(rawType)'").response
        }
        return Self.methodNotAllowed(request.method, rawType, allow: "GET, HEAD")
    }

    static func methodNotAllowed(_ method: String, _ target: String, allow: String) -> HTTPResponse {
        var response = FHIRResponse.outcome(
            405,
            code: "not-supported",
            "athenaOne's FHIR API does not offer \(method) on \(target)"
        )
        response.headers.replaceOrAdd(name: "Allow", value: allow)
        return response
    }
}

/// A request the FHIR API turns away, with the OperationOutcome it answers.
struct Refusal: Error {
    var status: Int
    var code: String
    var diagnostics: String
    /// Extra headers, such as a `WWW-Authenticate` challenge.
    var headers: [(name: String, value: String)] = []

    init(_ status: Int, _ code: String, _ diagnostics: String, headers: [(name: String, value: String)] = []) {
        self.status = status
        self.code = code
        self.diagnostics = diagnostics
        self.headers = headers
    }

    static let missingPractice = Refusal(
        400,
        "invalid",
        "The practice this request is for is not known: add the ah-practice search parameter, "
            + "such as ah-practice=Organization/a-1.Practice-195900"
    )

    var response: HTTPResponse {
        var response = FHIRResponse.outcome(status, code: code, diagnostics)
        for header in headers {
            response.headers.add(name: header.name, value: header.value)
        }
        return response
    }
}
