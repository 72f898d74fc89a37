import FHIR
import SandboxHTTP
import SandboxStore

/// `GET /fhir/r4/{type}/{id}`.
extension FHIRAPI {
    func read(_ request: HTTPRequest, rawType: String, rawID: String) -> HTTPResponse {
        let definition: ResourceDefinition
        let id: String
        switch resolve(rawType: rawType, rawID: rawID) {
        case .success(let resolved): (definition, id) = resolved
        case .failure(let refusal): return refusal.response
        }
        guard definition.supports(.read) else {
            return FHIRResponse.outcome(405, code: "not-supported", "\(definition.type) cannot be read")
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
            return FHIRResponse.resource(resource, offsetMinutes: configuration.offsetMinutes)
        } catch {
            return FHIRResponse.outcome(500, code: "exception", "The resource could not be read from the store")
        }
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
    private func practiceForRead(_ request: HTTPRequest, id: String) -> Result<Int, Refusal> {
        guard let items = request.queryItems() else {
            return .failure(Refusal(400, "invalid", "The query string has a malformed percent-encoding"))
        }
        if let item = items.first(where: { $0.name.hasPrefix("ah-practice") }) {
            return checkedPractice(
                PracticeTenancy.practiceNumber(parameterName: item.name, value: item.value),
                item.value
            )
        }
        guard let number = AthenaID.practiceNumber(fromID: id) else {
            return .failure(Refusal(404, "not-found", "'\(id)' is not known; athenaOne ids look like a-195900.E-806"))
        }
        return checkedPractice(number, String(number))
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
        return methodNotAllowed(request.method, "\(rawType)/{id}", allow: "GET, HEAD")
    }

    func refuseTypeWrite(_ request: HTTPRequest, rawType: String) -> HTTPResponse {
        guard repository.catalog[rawType] != nil else {
            return Refusal(404, "not-supported", "This server has no resource type '\(rawType)'").response
        }
        return methodNotAllowed(request.method, rawType, allow: "GET, HEAD")
    }

    private func methodNotAllowed(_ method: String, _ target: String, allow: String) -> HTTPResponse {
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

    init(_ status: Int, _ code: String, _ diagnostics: String) {
        self.status = status
        self.code = code
        self.diagnostics = diagnostics
    }

    static let missingPractice = Refusal(
        400,
        "invalid",
        "The practice this request is for is not known: add the ah-practice search parameter, "
            + "such as ah-practice=Organization/a-1.Practice-195900"
    )

    var response: HTTPResponse {
        FHIRResponse.outcome(status, code: code, diagnostics)
    }
}
