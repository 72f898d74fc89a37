import SandboxHTTP
import SandboxSupport

/// The success body of the token endpoint (RFC 6749 §5.1, SMART App Launch §2.0.7).
enum TokenResponse {
    /// `access_token`, `token_type`, `expires_in`, `scope`, then whichever of `refresh_token`,
    /// `id_token`, `patient` and `encounter` apply; never cached.
    ///
    /// A token with a patient in context (from an EHR launch, a patient chosen at sign-in, or a
    /// patient app's own record) also says `need_patient_banner: true`, asking the app to show
    /// whose record is open, as athenaOne does (it advertises `context-banner`).
    static func make(_ tokens: IssuedTokens, idToken: String?) -> HTTPResponse {
        let grant = tokens.grant
        let body = JSONValue.object([
            "access_token": .string(tokens.accessToken),
            "token_type": "Bearer",
            "expires_in": .int(Int((grant.expiresAt - grant.issuedAt) / 1000)),
            "scope": .string(grant.scopes.description),
            "refresh_token": tokens.refreshToken.map { .string($0) },
            "id_token": idToken.map { .string($0) },
            "patient": grant.patientID.map { .string($0) },
            "encounter": grant.encounterID.map { .string($0) },
            "need_patient_banner": grant.patientID == nil ? nil : true,
        ])
        var response = HTTPResponse.json(bytes: body.encodedBytes())
        response.headers.add(name: "Cache-Control", value: "no-store")
        response.headers.add(name: "Pragma", value: "no-cache")
        return response
    }
}
