import Authorization
import FHIR
import SandboxHTTP
import SandboxStore
import SandboxSupport

/// `GET /fhir/r4/{type}?...` and `POST /fhir/r4/{type}/_search`.
extension FHIRAPI {
    func search(_ request: HTTPRequest, rawType: String, viaPost: Bool) -> HTTPResponse {
        if let refusal = ContentNegotiation.refusal(for: request) { return refusal.response }
        guard let definition = repository.catalog[rawType] else {
            return Refusal(404, "not-supported", "This server has no resource type '\(rawType)'").response
        }
        guard definition.supports(.searchType) else {
            return FHIRResponse.outcome(405, code: "not-supported", "\(definition.type) cannot be searched")
        }
        let access: AccessScope
        switch authorize(request, .search, on: definition.type) {
        case .success(let scope): access = scope
        case .failure(let refusal): return refusal.response
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
        return run(searchRequest, definition: definition, access: access, baseURL: baseURL(of: request))
    }

    private func run(
        _ searchRequest: SearchRequest,
        definition: ResourceDefinition,
        access: AccessScope,
        baseURL: String
    ) -> HTTPResponse {
        let compiler = SearchCompiler(defaultOffsetMinutes: configuration.offsetMinutes, now: clock.now)
        // Every stored resource belongs to a served practice, so with one practice the checked
        // ah-practice filters nothing and is left out of the query.
        var query = searchRequest
        if configuration.practiceIDs.count == 1 {
            query.criteria.removeAll { $0.name == "ah-practice" }
        }
        switch Self.criteria(for: access) {
        case .success(let constraints): query.criteria += constraints
        case .failure(let refusal): return refusal.response
        }
        let compartment: String?
        switch compartmentPatient(for: searchRequest, definition: definition, access: access) {
        case .success(let patient): compartment = patient
        case .failure(let refusal): return refusal.response
        }
        do {
            let page = try engine.search(query, in: definition, compiler: compiler, patientID: compartment)
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
            logger.error("Search failed in the store", metadata: ["fhir.type": definition.type, "error": "\(error)"])
            return FHIRResponse.outcome(500, code: "exception", "The search could not be run against the store")
        }
    }

    private func parse(_ request: HTTPRequest, viaPost: Bool) -> Result<SearchRequest, Refusal> {
        var items: [HTTPRequest.FormItem]
        switch parameters(of: request, includingForm: viaPost) {
        case .success(let decoded): items = decoded
        case .failure(let refusal): return .failure(refusal)
        }
        if let refusal = removeFormat(from: &items) { return .failure(refusal) }
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
        return checkedPractice(parameterName: first.rawName, value: first.rawValue)
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
                let id = value.contains("/") ? ReferenceTarget(value)?.id ?? value : value
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

    /// The patient a search is limited to by a patient-context token, or a 403 when the search
    /// names another patient. Types outside any compartment (Practitioner, ...) are not limited.
    private func compartmentPatient(
        for request: SearchRequest,
        definition: ResourceDefinition,
        access: AccessScope
    ) -> Result<String?, Refusal> {
        guard let patient = Self.compartmentPatient(of: access) else { return .success(nil) }
        let hasCompartment =
            definition.type == "Patient" || definition.compartmentParameter != nil
            || definition.compartmentViaParameter != nil
        guard hasCompartment else { return .success(nil) }
        for criterion in request.criteria {
            guard let named = SearchEngine.compartmentPatient(criterion, definition: definition) else { continue }
            guard named == patient else {
                return .failure(
                    Refusal(
                        403,
                        "forbidden",
                        "The token's patient compartment does not include patient \(named)",
                        headers: [Self.compartmentChallenge]
                    )
                )
            }
        }
        return .success(patient)
    }
}
