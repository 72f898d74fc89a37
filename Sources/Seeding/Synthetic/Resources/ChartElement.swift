import SandboxSupport

/// Builders for the FHIR data types every generated resource repeats.
enum ChartElement {
    /// A Coding; `display` is left out when `nil`.
    static func coding(_ system: String, _ code: String, _ display: String? = nil) -> JSONValue {
        .object(["system": .string(system), "code": .string(code), "display": display.map { .string($0) }])
    }

    /// A CodeableConcept from codings, with optional plain text.
    static func concept(_ codings: [JSONValue], text: String? = nil) -> JSONValue {
        .object(["coding": .array(codings), "text": text.map { .string($0) }])
    }

    /// A CodeableConcept with one coding.
    static func concept(_ system: String, _ code: String, _ display: String, text: String? = nil) -> JSONValue {
        concept([coding(system, code, display)], text: text)
    }

    /// A literal reference, `Type/id`.
    static func reference(_ type: String, _ id: String, display: String? = nil) -> JSONValue {
        .object(["reference": .string("\(type)/\(id)"), "display": display.map { .string($0) }])
    }

    /// A Quantity in UCUM; `code` defaults to the unit itself.
    static func quantity(_ value: Double, unit: String, code: String? = nil, comparator: String? = nil) -> JSONValue {
        .object([
            "value": .double(value),
            "comparator": comparator.map { .string($0) },
            "unit": .string(unit),
            "system": .string(ChartCodeSystem.ucum),
            "code": .string(code ?? unit),
        ])
    }

    /// A Period with an optional end.
    static func period(start: String, end: String? = nil) -> JSONValue {
        .object(["start": .string(start), "end": end.map { .string($0) }])
    }

    /// An Identifier; `type` is an HL7 v2 table 0203 code when given.
    static func identifier(system: String, value: String, type: (code: String, display: String)? = nil) -> JSONValue {
        let typeConcept = type.map { concept(ChartCodeSystem.identifierType, $0.code, $0.display) }
        return .object(["type": typeConcept, "system": .string(system), "value": .string(value)])
    }

    /// A ContactPoint.
    static func telecom(_ system: String, _ value: String, use: String? = nil) -> JSONValue {
        .object(["system": .string(system), "value": .string(value), "use": use.map { .string($0) }])
    }

    /// A US postal Address.
    static func address(line: String, town: SeedData.Town, use: String? = nil) -> JSONValue {
        .object([
            "use": use.map { .string($0) },
            "line": [.string(line)],
            "city": .string(town.city),
            "state": .string(town.state),
            "postalCode": .string(town.postalCode),
            "country": "US",
        ])
    }

    /// A list of strings as a JSON array.
    static func strings(_ values: [String]) -> JSONValue {
        .array(values.map { .string($0) })
    }
}
