/// The FHIR resource types the sandbox serves, and what importing them needs to know.
///
/// athenaOne's FHIR API serves a fixed set of types; a bundle entry of any other type (a Claim,
/// an ExplanationOfBenefit, an ImagingStudy, ...) has nowhere to be read from, so an import
/// skips it.
package enum ServedResourceTypes {
    /// Every resource type the sandbox serves.
    package static let all: Set<String> = [
        "AllergyIntolerance",
        "CarePlan",
        "CareTeam",
        "Condition",
        "Coverage",
        "Device",
        "DiagnosticReport",
        "DocumentReference",
        "Encounter",
        "Goal",
        "Immunization",
        "Location",
        "Medication",
        "MedicationRequest",
        "Observation",
        "Organization",
        "Patient",
        "Practitioner",
        "Procedure",
        "Provenance",
        "ServiceRequest",
    ]

    /// Served types whose R4 definition has no `identifier` element.
    package static let withoutIdentifier: Set<String> = ["Provenance"]

    /// Reference data that many patients' records share: an import keeps one copy of each,
    /// recognised by identifier, however many bundles repeat it.
    package static let shared: Set<String> = ["Location", "Organization", "Practitioner"]
}
