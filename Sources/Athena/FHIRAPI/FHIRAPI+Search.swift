import FHIR
import SandboxHTTP
import SandboxStore
import SandboxSupport

/// `GET /fhir/r4/{type}?...` and `POST /fhir/r4/{type}/_search`.
extension FHIRAPI {
    func search(_ request: HTTPRequest, rawType: String, viaPost: Bool) -> HTTPResponse {
        guard let definition = repository.catalog[rawType] else {
            return Refusal(404, "not-supported", "This server has no resource type '\(rawType)'").response
        }
        guard definition.supports(.searchType) else {
            return FHIRResponse.outcome(405, code: "not-supported", "\(definition.type) cannot be searched")
        }
        let searchRequest: SearchRequest
        switch parse(request, viaPost: viaPost) {
        case .success(let parsed): searchRequest = parsed
        case .failure(let refusal): return refusal.response
        }
        if case .failure(let refusal) = practice(of: searchRequest) { return refusal.response }
        if case .failure(let refusal) = checkPatientReferences(searchRequest, definition: definition) {
            return refusal.response
        }
        return run(searchRequest, definition: definition, baseURL: baseURL(of: request))
    }

    private func run(_ searchRequest: SearchRequest, definition: ResourceDefinition, baseURL: String) -> HTTPResponse {
        let compiler = SearchCompiler(defaultOffsetMinutes: configuration.offsetMinutes, now: clock.now)
        // Every stored resource belongs to a served practice, so with one practice the checked
        // ah-practice filters nothing and is left out of the query.
        var query = searchRequest
        if configuration.practiceIDs.count == 1 {
            query.criteria.removeAll { $0.name == "ah-practice" }
        }
        do {
            let page = try engine.search(query, in: definition, compiler: compiler)
            let links = SearchLinks(baseURL: baseURL, type: definition.type, criteria: searchRequest.criteria)
            let writer = SearchsetWriter(baseURL: baseURL)
            let lastUpdated = FHIRInstant.format(milliseconds: clock.now, offsetMinutes: configuration.offsetMinutes)
            let bytes = writer.write(
                page: page,
                links: links.links(for: page, cursor: searchRequest.cursor),
                lastUpdated: lastUpdated
            )
            return FHIRResponse.bytes(bytes)
        } catch let error as SearchError {
            return FHIRResponse.outcome(400, OperationOutcome(error))
        } catch {
            return FHIRResponse.outcome(500, code: "exception", "The search could not be run against the store")
        }
    }

    private func parse(_ request: HTTPRequest, viaPost: Bool) -> Result<SearchRequest, Refusal> {
        guard var items = request.queryItems() else {
            return .failure(Refusal(400, "invalid", "The query string has a malformed percent-encoding"))
        }
        if viaPost {
            guard request.mediaType == "application/x-www-form-urlencoded" else {
                return .failure(
                    Refusal(415, "not-supported", "POST _search takes an application/x-www-form-urlencoded body")
                )
            }
            guard let form = request.formItems() else {
                return .failure(Refusal(400, "invalid", "The form body is not valid percent-encoded UTF-8"))
            }
            items += form
        }
        do {
            return .success(try SearchRequest(items: items))
        } catch {
            return .failure(Refusal(400, error.issueCode, error.diagnostics))
        }
    }

    /// Every search names its practice with `ah-practice`, in one of athenaOne's two forms.
    private func practice(of searchRequest: SearchRequest) -> Result<Int, Refusal> {
        let given = searchRequest.criteria.filter { $0.name == "ah-practice" }
        guard let first = given.first else { return .failure(.missingPractice) }
        let number = PracticeTenancy.practiceNumber(parameterName: first.rawName, value: first.rawValue)
        return checkedPractice(number, first.rawValue)
    }

    /// athenaOne routes by the practice in a patient id, so a bare number (`patient=806`) or any
    /// other shape cannot name a patient; say so instead of answering with nothing.
    private func checkPatientReferences(_ request: SearchRequest, definition: ResourceDefinition) -> Result<
        Void, Refusal
    > {
        for criterion in request.criteria where criterion.modifier == nil || criterion.modifier == "Patient" {
            guard let parameter = definition.parameter(named: criterion.name), parameter.kind == .reference,
                parameter.targets == ["Patient"]
            else { continue }
            for value in criterion.values {
                let id = value.hasPrefix("Patient/") ? String(value.dropFirst("Patient/".count)) : value
                guard AthenaID.patientNumber(fromPatientID: id) == nil || !AthenaID.isValid(id) else { continue }
                return .failure(
                    Refusal(
                        400,
                        "invalid",
                        "\(criterion.rawName) value '\(value)' is not an athenaOne patient id; "
                            + "they look like a-195900.E-806"
                    )
                )
            }
        }
        return .success(())
    }
}
