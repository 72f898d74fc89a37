package import FHIR

/// What the sandbox serves of athenaOne's FHIR R4 API: the resource types, their interactions,
/// search parameters and required parameter combinations, after athenaOne's CapabilityStatement.
///
/// Parameters athenaOne lists that the sandbox does not evaluate (`_query`, `_security`,
/// `ah-brand`, `ah-provider-group`, `ah-chart-sharing-group`, `ah-department` and the `ah-include-*`
/// switches) are left out, so a search that uses one is answered with a 400 that names it rather
/// than a result that silently ignores it.
package enum AthenaCatalog {
    /// The extension every athenaOne resource carries to name its practice.
    package static let practiceExtensionURL = "https://fhir.athena.io/StructureDefinition/ah-practice"

    package static let catalog = ResourceCatalog(clinicalDefinitions + administrativeDefinitions)

    /// Every definition's parameters start with athenaOne's server-wide `ah-practice`.
    static func common(_ type: String) -> [SearchParameter] {
        [
            SearchParameter(
                "ah-practice",
                .reference,
                paths: ["extension(\(practiceExtensionURL)).valueReference"],
                targets: ["Organization"],
                definition: "https://fhir.athena.io/SearchParameter/ah-practice",
                documentation: "The athenaOne practice the \(type) belongs to."
            )
        ]
    }

    static func id(_ type: String) -> SearchParameter {
        SearchParameter(
            "_id",
            .token,
            paths: ["id"],
            definition: "http://hl7.org/fhir/SearchParameter/Resource-id",
            documentation: "The logical id of the \(type)."
        )
    }

    static func lastUpdated(_ type: String) -> SearchParameter {
        SearchParameter(
            "_lastUpdated",
            .date,
            paths: ["meta.lastUpdated"],
            definition: "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated",
            documentation: "When the \(type) last changed."
        )
    }

    static func patient(_ path: String, _ type: String) -> SearchParameter {
        SearchParameter(
            "patient",
            .reference,
            paths: [path],
            targets: ["Patient"],
            definition: "http://hl7.org/fhir/SearchParameter/clinical-patient",
            documentation: "The patient the \(type) is about."
        )
    }

    static func token(_ name: String, _ path: String, _ documentation: String) -> SearchParameter {
        SearchParameter(name, .token, paths: [path], documentation: documentation)
    }

    static func date(_ name: String, _ path: String, _ documentation: String) -> SearchParameter {
        SearchParameter(name, .date, paths: [path], documentation: documentation)
    }

    static func string(_ name: String, _ path: String, _ documentation: String) -> SearchParameter {
        SearchParameter(name, .string, paths: [path], documentation: documentation)
    }

    static func reference(_ name: String, _ path: String, _ targets: [String], _ documentation: String)
        -> SearchParameter
    {
        SearchParameter(name, .reference, paths: [path], targets: targets, documentation: documentation)
    }

    static func encounter(_ path: String) -> SearchParameter {
        reference("encounter", path, ["Encounter"], "The encounter in which the resource was recorded.")
    }

    static func profile(_ type: String) -> String {
        "https://fhir.athena.io/StructureDefinition/ah-\(type.lowercased())"
    }

    /// A patient-scoped clinical type with athenaOne's usual rule, `patient` or `_id`, and its
    /// usual `_id` and `_lastUpdated` parameters (`standard: false` leaves those two out).
    static func clinical(
        _ type: String,
        patientPath: String = "subject",
        standard: Bool = true,
        _ parameters: [SearchParameter],
        required: [[String]] = [["patient"], ["_id"]]
    ) -> ResourceDefinition {
        let standardParameters = standard ? [id(type), lastUpdated(type)] : []
        return ResourceDefinition(
            type: type,
            interactions: [.read, .searchType],
            parameters: common(type) + standardParameters + [patient(patientPath, type)] + parameters,
            requiredCombinations: required,
            compartmentParameter: "patient",
            profile: profile(type)
        )
    }

    /// A shared (non-patient) type searched by `_id`.
    static func shared(
        _ type: String,
        _ parameters: [SearchParameter] = [],
        required: [[String]] = [["_id"]]
    ) -> ResourceDefinition {
        ResourceDefinition(
            type: type,
            interactions: [.read, .searchType],
            parameters: common(type) + [id(type)] + parameters,
            requiredCombinations: required,
            profile: profile(type)
        )
    }
}
