package import SandboxStore
package import SandboxSupport

/// Turns a resource into the search-index rows its type's search parameters can match.
///
/// Runs once when a resource is written; searches then read only the rows.
package struct IndexExtractor: Sendable {
    /// The offset date-only values are read in (see ``DateRange``).
    package var defaultOffsetMinutes: Int

    package init(defaultOffsetMinutes: Int) {
        self.defaultOffsetMinutes = defaultOffsetMinutes
    }

    /// Every index row of `resource` under `definition`'s search parameters, duplicates removed.
    package func entries(for resource: JSONValue, definition: ResourceDefinition) -> [IndexEntry] {
        var seen = Set<IndexEntry>()
        var entries: [IndexEntry] = []
        for parameter in definition.parameters {
            for path in parameter.paths {
                for found in path.evaluate(in: resource) {
                    for entry in extract(found.value, name: found.name, for: parameter)
                    where seen.insert(entry).inserted {
                        entries.append(entry)
                    }
                }
            }
        }
        return entries
    }

    private func extract(_ value: JSONValue, name: String, for parameter: SearchParameter) -> [IndexEntry] {
        switch parameter.kind {
        case .token: tokens(in: value, parameter: parameter.name)
        case .string: strings(in: value, parameter: parameter.name)
        case .date: dates(in: value, parameter: parameter.name)
        case .reference: references(in: value, parameter: parameter.name)
        }
    }

    // MARK: - Tokens

    private func tokens(in value: JSONValue, parameter: String) -> [IndexEntry] {
        switch value {
        case .string(let code):
            return [IndexEntry(parameter: parameter, value: code)]
        case .bool(let flag):
            return [IndexEntry(parameter: parameter, value: flag ? "true" : "false")]
        case .object:
            if let codings = value["coding"]?.arrayValue ?? (value["text"] != nil ? [] : nil) {
                let coded = codings.compactMap { coding(in: $0, parameter: parameter) }
                let text = value["text"]?.stringValue.map { IndexEntry(parameter: parameter, text: $0) }
                return coded + (text.map { [$0] } ?? [])
            }
            return coding(in: value, parameter: parameter).map { [$0] } ?? []
        default:
            return []
        }
    }

    /// A Coding (`system`, `code`) or an Identifier or ContactPoint (`system`, `value`).
    private func coding(in value: JSONValue, parameter: String) -> IndexEntry? {
        guard let code = value["code"]?.stringValue ?? value["value"]?.stringValue else { return nil }
        return IndexEntry(
            parameter: parameter,
            system: value["system"]?.stringValue,
            value: code,
            text: value["display"]?.stringValue
        )
    }

    // MARK: - Strings

    private func strings(in value: JSONValue, parameter: String) -> [IndexEntry] {
        let texts: [String]
        switch value {
        case .string(let text):
            texts = [text]
        case .object:
            let parts = [
                "family", "given", "prefix", "suffix", "text", "line", "city", "district", "state",
                "postalCode", "country",
            ]
            texts = parts.flatMap { value[$0]?.listValue.compactMap(\.stringValue) ?? [] }
        default:
            texts = []
        }
        return texts.map { IndexEntry(parameter: parameter, value: StringNormalizer.normalize($0), text: $0) }
    }

    // MARK: - Dates

    private func dates(in value: JSONValue, parameter: String) -> [IndexEntry] {
        if let text = value.stringValue {
            guard let range = DateRange(fhir: text, defaultOffsetMinutes: defaultOffsetMinutes) else { return [] }
            return [IndexEntry(parameter: parameter, low: range.low, high: range.high)]
        }
        let start = value["start"]?.stringValue.flatMap {
            DateRange(fhir: $0, defaultOffsetMinutes: defaultOffsetMinutes)
        }
        let end = value["end"]?.stringValue.flatMap { DateRange(fhir: $0, defaultOffsetMinutes: defaultOffsetMinutes) }
        guard start != nil || end != nil else { return [] }
        return [IndexEntry(parameter: parameter, low: start?.low ?? Int64.min, high: end?.high ?? Int64.max)]
    }

    // MARK: - References

    private func references(in value: JSONValue, parameter: String) -> [IndexEntry] {
        guard let reference = value["reference"]?.stringValue, let target = ReferenceTarget(reference) else {
            return []
        }
        return [IndexEntry(parameter: parameter, system: target.type, value: target.id, text: reference)]
    }
}
