package import SandboxSupport

/// A JSON Web Signature in compact serialization (RFC 7515 §7.1), as read from a JWT.
///
/// Parsing checks the structure and the header only; the signature is checked by
/// ``verify(with:)`` or ``verify(secret:)``. Claims are not judged here (expiry, audience and
/// the like belong to the caller).
///
/// ```swift
/// let jws = try JWS.parse(compact: assertion)
/// guard let key = keySet.key(for: jws), jws.verify(with: key.publicKey) else { ... }
/// let issuer = jws.claims?["iss"]?.stringValue
/// ```
package struct JWS: Sendable {
    /// The longest compact JWS accepted, in characters.
    package static let maximumLength = 65_536

    /// The protected header, a JSON object.
    package let header: JSONValue
    /// The algorithm the header names.
    package let algorithm: JWSAlgorithm
    /// The decoded payload.
    package let payload: [UInt8]
    /// The payload read as JSON, when it is a JSON object (a JWT claims set); otherwise `nil`.
    package let claims: JSONValue?
    /// The ASCII text the signature covers: the encoded header, a dot and the encoded payload.
    package let signingInput: [UInt8]
    /// The decoded signature.
    package let signature: [UInt8]

    /// The header's key ID (`kid`), if it has one.
    package var kid: String? { header["kid"]?.stringValue }

    /// Reads a compact JWS.
    ///
    /// - Throws: ``JWSError`` when the text is not three unpadded base64url parts, the header is
    ///   not a JSON object naming a supported `alg` (`none` is refused), or the header has `crit`.
    package static func parse(compact: String) throws(JWSError) -> JWS {
        guard compact.utf8.count <= maximumLength else { throw .tooLong }
        let parts = compact.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .notCompact }

        let header = try header(decoding: parts[0])
        let algorithm = try algorithm(in: header)
        guard header["crit"] == nil else { throw .unsupportedCriticalHeader }

        let payload = try decode(parts[1], part: "payload")
        let signature = try decode(parts[2], part: "signature")
        let claims = (try? JSONValue.parse(payload)).flatMap { $0.members == nil ? nil : $0 }
        let signingInput = Array(parts[0]) + [UInt8(ascii: ".")] + Array(parts[1])
        return JWS(
            header: header,
            algorithm: algorithm,
            payload: payload,
            claims: claims,
            signingInput: signingInput,
            signature: signature
        )
    }

    private static func header(decoding part: some Collection<UInt8>) throws(JWSError) -> JSONValue {
        let bytes = try decode(part, part: "header")
        guard let header = try? JSONValue.parse(bytes), header.members != nil else { throw .headerNotObject }
        return header
    }

    private static func algorithm(in header: JSONValue) throws(JWSError) -> JWSAlgorithm {
        guard let name = header["alg"]?.stringValue else { throw .missingAlgorithm }
        guard name.lowercased() != "none" else { throw .unsecured }
        guard let algorithm = JWSAlgorithm(rawValue: name) else { throw .unsupportedAlgorithm }
        return algorithm
    }

    /// Decodes one part; compact serialization never pads, so `=` is refused.
    private static func decode(_ part: some Collection<UInt8>, part name: String) throws(JWSError) -> [UInt8] {
        let text = String(decoding: part, as: UTF8.self)
        guard !text.contains("="), let bytes = Base64URL.decode(text) else { throw .invalidEncoding(part: name) }
        return bytes
    }
}
