package import FHIR
package import SandboxSupport

/// Builds the CapabilityStatement `/metadata` serves from the catalog, so it lists exactly what
/// the sandbox does: every type, interaction and search parameter with its type, and athenaOne's
/// required parameter combinations in athenaOne's own extension.
package struct CapabilityStatementBuilder: Sendable {
    package static let searchMetadataExtensionURL =
        "https://fhir.athena.io/StructureDefinition/ah-search-parameter-metadata"

    package var catalog: ResourceCatalog
    package var softwareVersion: String
    /// The instant the statement says it was published, fixed per release.
    package var releaseDate: String

    package init(catalog: ResourceCatalog, softwareVersion: String, releaseDate: String) {
        self.catalog = catalog
        self.softwareVersion = softwareVersion
        self.releaseDate = releaseDate
    }

    /// The statement for a server reached at `baseURL`.
    package func statement(baseURL: String) -> JSONValue {
        .object([
            "resourceType": "CapabilityStatement",
            "id": "athena-sandbox",
            "url": .string("\(baseURL)/metadata"),
            "version": .string(softwareVersion),
            "name": "AthenaSandbox",
            "title": "Athena Sandbox FHIR R4 server",
            "status": "active",
            "experimental": true,
            "date": .string(releaseDate),
            "publisher": "Athena Sandbox",
            "kind": "instance",
            "software": .object(["name": "Athena Sandbox", "version": .string(softwareVersion)]),
            "implementation": .object([
                "description": "Offline simulator of athenaOne's FHIR R4 API",
                "url": .string(baseURL),
            ]),
            "fhirVersion": "4.0.1",
            "format": ["json", "application/json", "application/fhir+json"],
            "rest": .array([rest(baseURL: baseURL)]),
        ])
    }

    private func rest(baseURL: String) -> JSONValue {
        .object([
            "mode": "server",
            "security": security(baseURL: baseURL),
            "resource": .array(catalog.definitions.map(resource)),
            "searchParam": .array([
                .object([
                    "name": "ah-practice",
                    "type": "reference",
                    "definition": "https://fhir.athena.io/SearchParameter/ah-practice",
                    "documentation": "The practice a request is for; required on every search.",
                ])
            ]),
        ])
    }

    /// CORS, and SMART on FHIR with the authorization server's endpoints (the oauth-uris extension).
    private func security(baseURL: String) -> JSONValue {
        let root = baseURL.hasSuffix("/fhir/r4") ? String(baseURL.dropLast("/fhir/r4".count)) : baseURL
        let endpoints = ["authorize", "token", "introspect", "revoke"].map { name -> JSONValue in
            .object(["url": .string(name), "valueUri": .string("\(root)/oauth2/v1/\(name)")])
        }
        return .object([
            "cors": true,
            "service": [
                .object([
                    "coding": [
                        .object([
                            "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                            "code": "SMART-on-FHIR",
                        ])
                    ]
                ])
            ],
            "extension": [
                .object([
                    "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                    "extension": .array(endpoints),
                ])
            ],
        ])
    }

    private func resource(_ definition: ResourceDefinition) -> JSONValue {
        let required = definition.requiredCombinations.map { combination -> JSONValue in
            let key = definition.requiredCombinations.count == 1 ? "requiredSearchParams" : "requiredAnySearchParams"
            return .object(["url": .string(key), "valueString": .string(combination.joined(separator: ", "))])
        }
        let searchable = definition.supports(.searchType)
        return .object([
            "type": .string(definition.type),
            "profile": definition.profile.map(JSONValue.string),
            "interaction": .array(definition.interactions.map { .object(["code": .string($0.rawValue)]) }),
            "searchParam": searchable ? .array(parameters(of: definition)) : nil,
            "extension": required.isEmpty
                ? nil
                : .array([.object(["url": .string(Self.searchMetadataExtensionURL), "extension": .array(required)])]),
        ])
    }

    private func parameters(of definition: ResourceDefinition) -> [JSONValue] {
        let paging: [JSONValue] = [
            .object([
                "name": "_count", "type": "number",
                "documentation": "How many resources a page holds (default 50, at most 1000).",
            ]),
            .object([
                "name": "cursor", "type": "token", "definition": "https://fhir.athena.io/SearchParameter/ah-cursor",
                "documentation": "Where a page starts; take it from a next link, never compute it.",
            ]),
        ]
        return definition.parameters.map { parameter in
            .object([
                "name": .string(parameter.name),
                "definition": parameter.definition.map(JSONValue.string),
                "type": .string(parameter.kind.rawValue),
                "documentation": .string(parameter.documentation),
            ])
        } + paging
    }
}
