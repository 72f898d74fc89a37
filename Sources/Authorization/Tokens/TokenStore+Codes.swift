import SandboxCrypto
import SandboxSupport
import Synchronization

/// Authorization codes: made on approval, redeemed once at the token endpoint.
extension TokenStore {
    /// Why a code could not be redeemed, worded for `error_description`.
    enum CodeRedemptionFailure: Error, Sendable, Equatable, CustomStringConvertible {
        case unknown
        case otherClient
        case reused
        case revoked
        case expired
        case redirectMismatch
        case verifierMissing
        case verifierMalformed
        case verifierMismatch

        var description: String {
            switch self {
            case .unknown: "the authorization code is not recognised"
            case .otherClient: "the authorization code was issued to another client"
            case .reused: "the authorization code has already been used; tokens issued for it are revoked"
            case .revoked: "the authorization code has been revoked"
            case .expired: "the authorization code has expired"
            case .redirectMismatch: "redirect_uri does not match the one sent to the authorize endpoint"
            case .verifierMissing: "code_verifier is required"
            case .verifierMalformed: "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~"
            case .verifierMismatch: "code_verifier does not match the code_challenge"
            }
        }
    }

    /// Makes a single-use code for an approved authorization; it lives ``TokenLifetimes/authorizationCode``.
    func makeCode(for pending: PendingAuthorization, approval: Approval) -> String {
        let code = SecureRandom.token()
        let now = clock.now
        state.withLock { state in
            let record = TokenRecords.Code(
                pending: pending,
                approval: approval,
                family: makeFamily(in: &state),
                expiresAt: now + lifetimes.authorizationCode * 1000
            )
            state.codes[code] = record
            pruneIfDue(now: now, in: &state)
        }
        return code
    }

    /// Redeems `code` for `clientID`, checking the redirect URI and the PKCE verifier.
    ///
    /// A second redemption fails and revokes everything issued from the first (RFC 6749
    /// §4.1.2). A wrong redirect URI or verifier fails without using the code up.
    ///
    /// - Returns: The authorization and its family, or why the code cannot be redeemed.
    func redeem(
        code: String,
        clientID: String,
        redirectURI: String,
        verifier: String?
    ) -> Result<(pending: PendingAuthorization, approval: Approval, family: Int), CodeRedemptionFailure> {
        let now = clock.now
        return state.withLock { state in
            guard var record = state.codes[code] else { return .failure(.unknown) }
            guard record.pending.clientID == clientID else { return .failure(.otherClient) }
            if record.isUsed {
                revokeFamily(record.family, in: &state)
                return .failure(.reused)
            }
            guard !state.revokedFamilies.contains(record.family) else { return .failure(.revoked) }
            guard now < record.expiresAt else { return .failure(.expired) }
            guard record.pending.redirectURI == redirectURI else { return .failure(.redirectMismatch) }
            if let failure = Self.checkVerifier(verifier, challenge: record.pending.codeChallenge) {
                return .failure(failure)
            }
            record.isUsed = true
            state.codes[code] = record
            return .success((record.pending, record.approval, record.family))
        }
    }

    private static func checkVerifier(_ verifier: String?, challenge: String) -> CodeRedemptionFailure? {
        guard let verifier, !verifier.isEmpty else { return .verifierMissing }
        guard PKCE.isValidVerifier(verifier) else { return .verifierMalformed }
        return PKCE.isMatch(verifier: verifier, challenge: challenge) ? nil : .verifierMismatch
    }
}
