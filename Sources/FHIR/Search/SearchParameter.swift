/// One search parameter a resource type offers, and where its values live in the resource.
package struct SearchParameter: Sendable, Hashable {
    /// The FHIR search parameter types the sandbox evaluates.
    package enum Kind: String, Sendable, Hashable {
        case token, string, date, reference
    }

    package var name: String
    package var kind: Kind
    /// Element paths the values come from, such as `subject` or `effective[x]`; see ``ResourcePath``.
    package var paths: [ResourcePath]
    /// For a reference: the resource types it may point at (empty means any).
    package var targets: [String]
    /// The canonical URL of the parameter's definition, for the CapabilityStatement.
    package var definition: String?
    /// One sentence on what the parameter matches, for the CapabilityStatement.
    package var documentation: String

    package init(
        _ name: String,
        _ kind: Kind,
        paths: [String],
        targets: [String] = [],
        definition: String? = nil,
        documentation: String
    ) {
        self.name = name
        self.kind = kind
        self.paths = paths.map(ResourcePath.init)
        self.targets = targets
        self.definition = definition
        self.documentation = documentation
    }
}

/// What the sandbox serves of one resource type: interactions, search parameters and the
/// combinations of parameters a search must include.
package struct ResourceDefinition: Sendable {
    package enum Interaction: String, Sendable {
        case read
        case searchType = "search-type"
        case create
    }

    package var type: String
    package var interactions: [Interaction]
    package var parameters: [SearchParameter]
    /// A search must include every parameter of at least one of these; empty means no rule.
    package var requiredCombinations: [[String]]
    /// The reference search parameter that places a resource in a patient's compartment.
    package var compartmentParameter: String?
    /// For a type outside any compartment by its own elements (Provenance), the reference
    /// parameter whose targets' compartment it shares.
    package var compartmentViaParameter: String?
    package var profile: String?

    package init(
        type: String,
        interactions: [Interaction],
        parameters: [SearchParameter],
        requiredCombinations: [[String]] = [],
        compartmentParameter: String? = nil,
        compartmentViaParameter: String? = nil,
        profile: String? = nil
    ) {
        self.type = type
        self.interactions = interactions
        self.parameters = parameters
        self.requiredCombinations = requiredCombinations
        self.compartmentParameter = compartmentParameter
        self.compartmentViaParameter = compartmentViaParameter
        self.profile = profile
    }

    package func parameter(named name: String) -> SearchParameter? {
        parameters.first { $0.name == name }
    }

    package func supports(_ interaction: Interaction) -> Bool {
        interactions.contains(interaction)
    }
}

/// Every resource type a server offers, by name.
package struct ResourceCatalog: Sendable {
    package let definitions: [ResourceDefinition]
    private let byType: [String: ResourceDefinition]

    package init(_ definitions: [ResourceDefinition]) {
        self.definitions = definitions
        byType = Dictionary(definitions.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })
    }

    package subscript(type: String) -> ResourceDefinition? {
        byType[type]
    }
}
