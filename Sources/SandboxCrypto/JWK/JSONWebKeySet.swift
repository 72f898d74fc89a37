package import SandboxSupport

/// A JWK Set (RFC 7517 §5): the public keys a client publishes to sign its assertions.
package struct JSONWebKeySet: Sendable {
    /// The keys that could be read, in document order.
    package let keys: [JSONWebKey]

    /// Why each key that could not be read was left out, in document order.
    ///
    /// RFC 7517 §5 asks readers to ignore keys they do not understand rather than refuse the
    /// set; these reasons let a caller explain why no key matched.
    package let skippedKeys: [KeyError]

    /// A set of the given keys.
    package init(keys: [JSONWebKey]) {
        self.keys = keys
        self.skippedKeys = []
    }

    /// Reads `{"keys": [...]}`, keeping each key that can be read.
    ///
    /// - Throws: ``KeyError/notAKeySet`` when the document is not an object with a `keys` array.
    package init(json: JSONValue) throws(KeyError) {
        guard let elements = json["keys"]?.arrayValue else { throw .notAKeySet }
        var keys: [JSONWebKey] = []
        var skippedKeys: [KeyError] = []
        for element in elements {
            do {
                keys.append(try JSONWebKey(json: element))
            } catch {
                skippedKeys.append(error)
            }
        }
        self.keys = keys
        self.skippedKeys = skippedKeys
    }

    /// The key to verify a signature made with `algorithm` by the key named `kid`.
    ///
    /// With a `kid`, the key of that ID that suits the algorithm, or else the first key of that
    /// ID (so verification can report the mismatch). Without one, the only key in the set that
    /// suits the algorithm; `nil` when none or several do.
    package func key(kid: String?, for algorithm: JWSAlgorithm) -> JSONWebKey? {
        if let kid {
            let named = keys.filter { $0.kid == kid }
            return named.first { $0.isUsable(for: algorithm) } ?? named.first
        }
        let usable = keys.filter { $0.isUsable(for: algorithm) }
        return usable.count == 1 ? usable.first : nil
    }

    /// The key to verify `jws`, chosen by its header's `kid` and `alg`; see ``key(kid:for:)``.
    package func key(for jws: JWS) -> JSONWebKey? {
        key(kid: jws.kid, for: jws.algorithm)
    }
}
