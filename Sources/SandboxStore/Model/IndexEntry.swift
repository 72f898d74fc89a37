/// One search-index row: a value a search parameter can match, extracted from a resource when it
/// is written.
///
/// The store is agnostic about FHIR semantics; the FHIR layer decides what goes in each field:
///
/// | kind of parameter | `system` | `value` | `text` | `low` / `high` |
/// | --- | --- | --- | --- | --- |
/// | token | the coding system, or `nil` | the code | the display text, if any | — |
/// | string | — | normalised (lowercased, accents removed) | the original text | — |
/// | reference | the target type | the target id | the whole reference | — |
/// | date | — | — | — | the instant range covered, in milliseconds since 1970, both ends inclusive |
/// | number, quantity | the unit system | the unit code | — | the value scaled by 1000, as both ends |
package struct IndexEntry: Sendable, Hashable {
    /// The search parameter's name, such as `code` or `patient`.
    package var parameter: String
    package var system: String?
    package var value: String?
    package var text: String?
    package var low: Int64?
    package var high: Int64?

    package init(
        parameter: String,
        system: String? = nil,
        value: String? = nil,
        text: String? = nil,
        low: Int64? = nil,
        high: Int64? = nil
    ) {
        self.parameter = parameter
        self.system = system
        self.value = value
        self.text = text
        self.low = low
        self.high = high
    }
}
