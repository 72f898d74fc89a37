/// The reference elements of served types that R4 requires (minimum cardinality 1).
///
/// A path names an element from its resource root, one step per JSON member, ignoring array
/// positions: `performer.actor` is the `actor` of any `Procedure.performer`. When a reference
/// in one of these elements points at an entry that is not imported, leaving the element out
/// would make the resource invalid, so the enclosing element goes too, and at the root the whole
/// resource is skipped.
enum RequiredReferenceElements {
    /// Whether `path` (joined with dots) is a required reference element of `type`.
    static func contains(type: String, path: [String]) -> Bool {
        table[type]?.contains(path.joined(separator: ".")) ?? false
    }

    private static let table: [String: Set<String>] = [
        "AllergyIntolerance": ["patient"],
        "CarePlan": ["subject"],
        "Condition": ["subject"],
        "Coverage": ["beneficiary", "payor"],
        "DiagnosticReport": ["media.link"],
        "DocumentReference": ["relatesTo.target"],
        "Encounter": ["diagnosis.condition", "location.location"],
        "Goal": ["subject"],
        "Immunization": ["patient", "performer.actor"],
        "Medication": ["ingredient.itemReference"],
        "MedicationRequest": ["subject", "medicationReference"],
        "Patient": ["link.other"],
        "Procedure": ["subject", "performer.actor", "focalDevice.manipulated"],
        "Provenance": ["target", "agent", "agent.who", "entity.what"],
        "ServiceRequest": ["subject"],
    ]
}
