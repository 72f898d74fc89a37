/// The rules that tie a registration's kind to its scopes, auto-approval and redirect URIs.
///
/// They are checked where a registration enters the sandbox (the admin API and the seed file),
/// not when the store is read back, so a database written before a rule existed still opens.
extension ClientRegistration {
    /// Checks the registration against the rules for its kind.
    ///
    /// - A `service` client registers only `system/...` resource scopes and `athena/service/...`
    ///   scopes: no user, patient, identity, launch or refresh scope, since it has no user.
    /// - A `user` or `patient` app registers no `system/...` scope, and a `patient` app no
    ///   `user/...` scope.
    /// - Only a `user` or `patient` app may have `auto_approve`; its user must be a provider
    ///   user for a `user` app and a patient user (with no separate patient) for a `patient`
    ///   app, and a patient it names must have a patient id's shape.
    /// - Every redirect URI's port, when written, is 1 to 65535.
    ///
    /// - Parameter users: The users an `auto_approve` may name.
    /// - Throws: ``ClientRegistryError/invalidField(_:_:)`` naming the field that breaks a rule.
    package func checkRules(users: UserDirectory) throws(ClientRegistryError) {
        for scope in scopes.scopes {
            if let reason = refusal(of: scope) { throw .invalidField("scope", reason) }
        }
        try checkAutoApproval(users: users)
        for uri in redirectURIs where !RedirectURI.hasUsablePort(uri) {
            throw .invalidField("redirect_uris", "\(uri) has a port outside 1 to 65535")
        }
    }

    /// Why a client of this kind cannot register `scope`, or nil when it can.
    private func refusal(of scope: Scope) -> String? {
        let context = scope.resourceParts?.context
        switch kind {
        case .service:
            if context == .system { return nil }
            if case .athenaService = scope.kind { return nil }
            return "a service client registers only system/... and athena/service/... scopes, not \(scope)"
        case .user:
            return context == .system ? "a user app registers no system/... scope, not \(scope)" : nil
        case .patient:
            guard context == .system || context == .user else { return nil }
            return "a patient app registers no system/... or user/... scope, not \(scope)"
        }
    }

    private func checkAutoApproval(users: UserDirectory) throws(ClientRegistryError) {
        guard let autoApproval else { return }
        guard kind != .service else {
            throw .invalidField("auto_approve", "only user and patient apps can be approved automatically")
        }
        guard let user = users.user(named: autoApproval.user) else {
            throw .invalidField("auto_approve.user", "no user is named \(autoApproval.user)")
        }
        guard user.canUse(kind) else {
            let wanted = kind == .user ? "a provider user" : "a patient user"
            throw .invalidField("auto_approve.user", "a \(kind.rawValue) app is approved by \(wanted)")
        }
        guard let patient = autoApproval.patient else { return }
        guard kind == .user else {
            throw .invalidField("auto_approve.patient", "a patient user shares their own record; leave patient out")
        }
        guard PatientIDShape.isPatientID(patient) else {
            throw .invalidField("auto_approve.patient", "\(patient) is not a patient id such as a-195900.E-1001")
        }
    }
}
