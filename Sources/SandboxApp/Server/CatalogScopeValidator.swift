import Authorization
import FHIR

/// Refuses scopes naming a resource type or a granular search parameter the sandbox does not
/// serve, so a token is never granted something every later call would refuse.
enum CatalogScopeValidator {
    static func make(catalog: ResourceCatalog) -> OAuthServer.ScopeValidator {
        { scope in
            guard case .resource(_, let type, _, let constraint, _) = scope.kind else { return nil }
            guard type != "*" else {
                let unknown = constraint.parameters.first { parameter in
                    !catalog.definitions.contains { $0.parameter(named: parameter.name) != nil }
                }
                return unknown.map { "no resource type offers the search parameter '\($0.name)'" }
            }
            guard let definition = catalog[type] else { return "the sandbox serves no resource type '\(type)'" }
            if let unknown = constraint.parameters.first(where: { definition.parameter(named: $0.name) == nil }) {
                return "\(type) has no search parameter '\(unknown.name)'"
            }
            return nil
        }
    }
}
