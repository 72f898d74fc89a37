import FHIR
import SandboxHTTP

/// Reading a request's parameters: the query string and, for `POST _search`, the form body.
extension FHIRAPI {
    /// The decoded parameters, or a refusal that names the first one that cannot be decoded.
    func parameters(of request: HTTPRequest, includingForm: Bool) -> Result<[HTTPRequest.FormItem], Refusal> {
        guard var items = request.queryItems() else {
            return .failure(Self.malformedEncoding(in: request.query ?? "", source: "query string"))
        }
        if includingForm {
            guard request.mediaType == "application/x-www-form-urlencoded" else {
                return .failure(
                    Refusal(415, "not-supported", "POST _search takes an application/x-www-form-urlencoded body")
                )
            }
            guard let form = request.formItems() else {
                let text = String(decoding: request.body, as: UTF8.self)
                return .failure(Self.malformedEncoding(in: text, source: "form body"))
            }
            items += form
        }
        return .success(items)
    }

    /// Names the first `name=value` piece whose percent-encoding is broken or not UTF-8.
    private static func malformedEncoding(in text: String, source: String) -> Refusal {
        let broken = text.split(separator: "&").first { piece in
            HTTPRequest.percentDecode(piece, plusAsSpace: true) == nil
        }
        let name = broken.map { String($0.prefix { $0 != "=" }.prefix(100)) } ?? ""
        let decodedName = HTTPRequest.percentDecode(name, plusAsSpace: true) ?? name
        return Refusal(
            400,
            "invalid",
            "The \(source) has a malformed percent-encoding or bytes that are not UTF-8"
                + (decodedName.isEmpty ? "" : ", in the parameter '\(decodedName)'")
        )
    }

    /// Takes `_format` out of `items`, refusing a format other than JSON.
    func removeFormat(from items: inout [HTTPRequest.FormItem]) -> Refusal? {
        let formats = items.filter { $0.name == "_format" }.map(\.value)
        items.removeAll { $0.name == "_format" }
        guard let unservable = formats.first(where: { !ContentNegotiation.isJSON($0) }) else { return nil }
        return Refusal(406, "not-supported", "_format '\(unservable)' cannot be served; this server answers in JSON")
    }
}
