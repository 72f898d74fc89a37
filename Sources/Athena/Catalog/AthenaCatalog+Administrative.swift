import FHIR

/// Patients, the practice's own resources, Provenance, and the read-only types.
extension AthenaCatalog {
    static let administrativeDefinitions: [ResourceDefinition] = [
        ResourceDefinition(
            type: "Patient",
            interactions: [.read, .searchType],
            parameters: common("Patient") + [
                id("Patient"),
                lastUpdated("Patient"),
                token("identifier", "identifier", "A business identifier of the patient, such as the MRN."),
                string("name", "name", "Any part of any of the patient's names."),
                string("family", "name.family", "The patient's family name."),
                string("given", "name.given", "A given name of the patient."),
                date("birthdate", "birthDate", "The patient's date of birth."),
                token("gender", "gender", "male, female, other or unknown."),
            ],
            requiredCombinations: [
                ["_id"], ["identifier"], ["name"], ["family", "birthdate"], ["family", "gender"], ["family", "given"],
            ],
            profile: profile("Patient")
        ),
        shared(
            "Practitioner",
            [
                token("identifier", "identifier", "A business identifier of the practitioner, such as the NPI.")
            ],
            required: [["_id"], ["identifier", "ah-practice"]]
        ),
        shared("Organization"),
        shared("Location"),
        shared("Medication", [token("ingredient-code", "ingredient.item[x]", "An ingredient's code.")]),
        shared("Appointment"),
        shared("Questionnaire", [token("code", "code", "A code for the questionnaire.")], required: []),
        ResourceDefinition(
            type: "Provenance",
            interactions: [.read, .searchType],
            parameters: common("Provenance") + [
                reference("target", "target", [], "A resource the provenance is about.")
            ],
            requiredCombinations: [["target"]],
            compartmentViaParameter: "target",
            profile: profile("Provenance")
        ),
        ResourceDefinition(type: "Binary", interactions: [.read], parameters: []),
        ResourceDefinition(type: "Media", interactions: [.read], parameters: []),
    ]
}
