import FHIR

/// The patient-scoped clinical types, each with exactly the parameters athenaOne lists for it.
extension AthenaCatalog {
    static let clinicalDefinitions: [ResourceDefinition] = [
        clinical(
            "AllergyIntolerance",
            patientPath: "patient",
            standard: false,
            [
                lastUpdated("AllergyIntolerance"),
                token("code", "code", "The allergen or substance."),
            ],
            required: [["patient"]]
        ),
        clinical("CarePlan", [token("category", "category", "The kind of plan.")]),
        clinical("CareTeam", [token("status", "status", "The team's status.")]),
        clinical(
            "Condition",
            [
                token("code", "code", "The problem or diagnosis code."),
                token("category", "category", "problem-list-item or encounter-diagnosis."),
                encounter("encounter"),
            ],
            required: [["encounter"], ["patient"], ["_id"]]
        ),
        clinical(
            "Coverage",
            patientPath: "beneficiary",
            standard: false,
            [lastUpdated("Coverage")],
            required: [["patient"]]
        ),
        clinical("Device", patientPath: "patient", []),
        clinical(
            "DiagnosticReport",
            [
                token("category", "category", "The service category, such as LAB."),
                token("code", "code", "The report's code."),
                date("date", "effective[x]", "The clinically relevant time of the report."),
                encounter("encounter"),
                reference("result", "result", ["Observation"], "An observation the report includes."),
                reference("performer", "performer", [], "Who is responsible for the report."),
            ]
        ),
        clinical(
            "DocumentReference",
            [
                token("category", "category", "The kind of document, such as clinical-note."),
                token("type", "type", "The document type, such as a LOINC note type."),
                date("date", "date", "When the document reference was created."),
                encounter("context.encounter"),
                reference("author", "author", [], "Who wrote the document."),
                reference("custodian", "custodian", ["Organization"], "The organization that keeps the document."),
            ]
        ),
        clinical(
            "Encounter",
            [
                date("date", "period", "A date within the encounter's period."),
                reference("location", "location.location", ["Location"], "Where the encounter took place."),
                reference("service-provider", "serviceProvider", ["Organization"], "The department responsible."),
                reference("practitioner", "participant.individual", ["Practitioner"], "A practitioner taking part."),
            ]
        ),
        clinical(
            "FamilyMemberHistory",
            patientPath: "patient",
            [
                token("code", "condition.code", "A condition of the family member."),
                token("relationship", "relationship", "How the family member is related."),
                token("status", "status", "The record's status."),
            ],
            required: []
        ),
        clinical("Goal", []),
        clinical(
            "Immunization",
            patientPath: "patient",
            [
                date("date", "occurrence[x]", "When the vaccine was given."),
                token("status", "status", "completed, entered-in-error or not-done."),
                token("vaccine-code", "vaccineCode", "The vaccine product (CVX)."),
                encounter("encounter"),
            ]
        ),
        clinical(
            "MedicationDispense",
            [
                date("date", "whenHandedOver", "When the medication was handed over."),
                token("status", "status", "The dispense's status."),
            ],
            required: []
        ),
        clinical(
            "MedicationRequest",
            [
                token("intent", "intent", "order, plan, proposal, ..."),
                token("status", "status", "active, completed, stopped, ..."),
                token("code", "medication[x]", "The medication code (RxNorm)."),
                date("authoredon", "authoredOn", "When the request was written."),
                reference("medication", "medication[x]", ["Medication"], "The medication resource."),
                reference("subject", "subject", ["Patient"], "Who the medication is for."),
                reference("requester", "requester", [], "Who asked for the medication."),
                encounter("encounter"),
            ],
            required: [["patient", "intent"], ["_id"]]
        ),
        clinical(
            "Observation",
            [
                token("category", "category", "vital-signs, laboratory, social-history, ..."),
                token("code", "code", "The observation code (LOINC)."),
                date("date", "effective[x]", "The clinically relevant time of the observation."),
                encounter("encounter"),
            ]
        ),
        clinical(
            "Procedure",
            [
                date("date", "performed[x]", "When the procedure was performed."),
                encounter("encounter"),
                reference("performer", "performer.actor", [], "Who performed the procedure."),
            ]
        ),
        clinical(
            "QuestionnaireResponse",
            [
                date("authored", "authored", "When the answers were recorded."),
                encounter("encounter"),
                token("questionnaire", "questionnaire", "The questionnaire answered."),
                token("status", "status", "in-progress, completed, amended, ..."),
            ],
            required: []
        ),
        clinical(
            "RelatedPerson",
            patientPath: "patient",
            [
                token("active", "active", "Whether the record is in use."),
                string("name", "name", "Any part of the related person's name."),
            ],
            required: []
        ),
        clinical(
            "ServiceRequest",
            [
                token("status", "status", "The request's status."),
                token("code", "code", "What is requested."),
                token("category", "category", "The kind of service."),
                date("authored", "authoredOn", "When the request was written."),
                encounter("encounter"),
                reference("requester", "requester", [], "Who asked for the service."),
                reference("performer", "performer", [], "Who is asked to perform it."),
            ],
            required: [["_id"], ["patient"]]
        ),
        clinical("Specimen", [], required: []),
    ]
}
