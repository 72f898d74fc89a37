import Authorization
import FHIR
import Foundation
import SandboxHTTP

/// Every FHIR interaction but `metadata` needs a bearer token whose scopes allow it: a missing,
/// malformed, expired or revoked token is a 401, a token without the scope a 403, and a
/// patient-context token sees only its patient's compartment.
extension FHIRAPI {
    /// The realm every challenge names.
    static let realm = "athena-sandbox"

    /// What the request's token allows for `interaction` on `type`, or the 401/403 to answer.
    func authorize(_ request: HTTPRequest, _ interaction: Interaction, on type: String) -> Result<AccessScope, Refusal>
    {
        switch authenticate(request.headers["Authorization"]) {
        case .missing:
            return .failure(
                Refusal(
                    401,
                    "login",
                    "This request needs an access token: send 'Authorization: Bearer <token>' "
                        + "with a token from /oauth2/v1/token",
                    headers: [("WWW-Authenticate", "Bearer realm=\"\(Self.realm)\"")]
                )
            )
        case .invalid(let reason):
            let challenge = "Bearer realm=\"\(Self.realm)\", error=\"invalid_token\", error_description=\"\(reason)\""
            return .failure(
                Refusal(
                    401,
                    "login",
                    "The access token cannot be used: \(reason)",
                    headers: [("WWW-Authenticate", challenge)]
                )
            )
        case .valid(let grant):
            switch AccessPolicy.decide(interaction, on: type, scopes: grant.scopes, context: grant.context) {
            case .allowed(let scope):
                return .success(scope)
            case .denied(let required):
                let challenge = "Bearer realm=\"\(Self.realm)\", error=\"insufficient_scope\", scope=\"\(required)\""
                return .failure(
                    Refusal(
                        403,
                        "forbidden",
                        "The access token's scopes do not allow \(interaction.rawValue) on \(type); "
                            + "it needs \(required)",
                        headers: [("WWW-Authenticate", challenge)]
                    )
                )
            }
        }
    }

    /// The challenge on a 403 for data outside what the token's scopes reach.
    static let compartmentChallenge = (
        name: "WWW-Authenticate",
        value: "Bearer realm=\"\(realm)\", error=\"insufficient_scope\""
    )

    /// The patient a token's compartment is limited to, if any.
    static func compartmentPatient(of scope: AccessScope) -> String? {
        guard case .patient(let id) = scope.compartment else { return nil }
        return id
    }

    /// A granular scope's constraints as search criteria, ANDed with the request's.
    ///
    /// Alternatives on one parameter become one comma list; other alternatives cannot be
    /// expressed as one search.
    static func criteria(for scope: AccessScope) -> Result<[SearchCriterion], Refusal> {
        let alternatives = scope.constraints
        guard !alternatives.isEmpty else { return .success([]) }
        if alternatives.count == 1 {
            return .success(
                alternatives[0].parameters.map { SearchCriterion(rawName: $0.name, rawValue: escape($0.value)) }
            )
        }
        let names = Set(alternatives.flatMap { $0.parameters.map(\.name) })
        guard names.count == 1, let name = names.first, alternatives.allSatisfy({ $0.parameters.count == 1 }) else {
            // Limitation: granular scopes whose alternatives constrain different parameters are
            // not combined; a search under such a token gets this 403 instead of results.
            return .failure(Refusal(403, "forbidden", "The token's granular scopes cannot be combined into one search"))
        }
        let values = alternatives.map { escape($0.parameters[0].value) }.joined(separator: ",")
        return .success([SearchCriterion(rawName: name, rawValue: values)])
    }

    /// Escapes commas so a value stays one value in an OR list.
    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ",", with: "\\,")
    }
}
