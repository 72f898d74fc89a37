import COpenSSL
package import SandboxSupport

/// An RSA or EC public key held by OpenSSL, used to verify signatures.
///
/// Ownership: an instance owns exactly one reference to its `EVP_PKEY` and drops it with
/// [`EVP_PKEY_free`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_free.html) in `deinit`.
/// A key made from a ``PrivateKey`` shares that key's `EVP_PKEY` through `EVP_PKEY_up_ref`, so
/// either may be released first.
///
/// Sendable: the `EVP_PKEY` is never changed after `init`. OpenSSL's thread notes
/// ([openssl-threads](https://www.openssl.org/docs/man3.0/man7/openssl-threads.html)) say
/// "objects are thread-safe as long as the API's being invoked don't modify the object" and that
/// "two threads can calculate a signature using two different EVP_PKEY_CTX objects"; every
/// operation here makes its own context, and the reference count is updated under OpenSSL's lock.
package final class PublicKey: @unchecked Sendable {
    /// The owned `EVP_PKEY *`.
    let key: OpaquePointer

    /// Whether this is an RSA or an EC key, and its size or curve.
    package let kind: KeyKind

    /// Takes ownership of `key`, freeing it if it is of an unsupported kind.
    init(taking key: OpaquePointer) throws(KeyError) {
        do {
            self.kind = try EVPKey.kind(of: key)
        } catch {
            EVP_PKEY_free(key)
            throw error
        }
        self.key = key
    }

    /// Adds a reference to `key`, which another owner already holds, and keeps it.
    ///
    /// Wraps [`EVP_PKEY_up_ref`](https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_up_ref.html),
    /// which "increments the reference count of key" and returns 1 for success.
    init(sharing key: OpaquePointer, kind: KeyKind) {
        guard EVP_PKEY_up_ref(key) == 1 else { fatalError("EVP_PKEY_up_ref failed") }
        self.key = key
        self.kind = kind
    }

    deinit {
        EVP_PKEY_free(key)
    }

    /// The public JWK of this key (RFC 7517/7518): `kty`, then `n` and `e` or `crv`, `x` and
    /// `y`, then `kid`, `alg` and `use` of `sig`.
    ///
    /// Integers are unsigned big-endian base64url; EC coordinates are padded to the curve's full
    /// length as RFC 7518 §6.2.1.2 requires.
    package func jwk(kid: String? = nil, alg: JWSAlgorithm? = nil) -> JSONValue {
        var members = [JSONValue.Member("kty", .string(kind.jwkType))]
        switch kind {
        case .rsa:
            members.append(encodedInteger("n", as: "n"))
            members.append(encodedInteger("e", as: "e"))
        case .ec(let curve):
            members.append(JSONValue.Member("crv", .string(curve.jwkName)))
            members.append(encodedInteger("qx", as: "x", length: curve.coordinateByteCount))
            members.append(encodedInteger("qy", as: "y", length: curve.coordinateByteCount))
        }
        if let kid { members.append(JSONValue.Member("kid", .string(kid))) }
        if let alg { members.append(JSONValue.Member("alg", .string(alg.rawValue))) }
        members.append(JSONValue.Member("use", "sig"))
        return .object(members)
    }

    /// The OpenSSL key parameter `parameter` as the base64url JWK member `member`.
    private func encodedInteger(_ parameter: String, as member: String, length: Int? = nil) -> JSONValue.Member {
        JSONValue.Member(member, .string(Base64URL.encode(EVPKey.integer(parameter, of: key, length: length))))
    }
}
