/// The canonical URLs of the code systems and profiles generated resources use.
enum CodeSystem {
    static let snomed = "http://snomed.info/sct"
    static let loinc = "http://loinc.org"
    static let rxnorm = "http://www.nlm.nih.gov/research/umls/rxnorm"
    static let icd10 = "http://hl7.org/fhir/sid/icd-10-cm"
    static let cvx = "http://hl7.org/fhir/sid/cvx"
    static let cpt = "http://www.ama-assn.org/go/cpt"
    static let ucum = "http://unitsofmeasure.org"
    static let nucc = "http://nucc.org/provider-taxonomy"
    static let npi = "http://hl7.org/fhir/sid/us-npi"
    static let ssn = "http://hl7.org/fhir/sid/us-ssn"
    static let raceAndEthnicity = "urn:oid:2.16.840.1.113883.6.238"
    static let language = "urn:ietf:bcp:47"
    static let paymentTypology = "https://nahdo.org/sopt"

    static let identifierType = "http://terminology.hl7.org/CodeSystem/v2-0203"
    static let degree = "http://terminology.hl7.org/CodeSystem/v2-0360"
    static let contactRole = "http://terminology.hl7.org/CodeSystem/v2-0131"
    static let diagnosticService = "http://terminology.hl7.org/CodeSystem/v2-0074"
    static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    static let maritalStatus = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus"
    static let participationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
    static let interpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
    static let dataOperation = "http://terminology.hl7.org/CodeSystem/v3-DataOperation"
    static let roleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
    static let organizationType = "http://terminology.hl7.org/CodeSystem/organization-type"
    static let locationPhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type"
    static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
    static let conditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category"
    static let conditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical"
    static let conditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
    static let allergyClinical = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
    static let allergyVerification = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
    static let medicationRequestCategory = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
    static let provenanceParticipant = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
    static let coverageClass = "http://terminology.hl7.org/CodeSystem/coverage-class"
    static let subscriberRelationship = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
    static let carePlanCategory = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
    static let documentCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
    static let formatCode = "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode"

    static let usCoreRace = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
    static let usCoreEthnicity = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity"

    /// athenaOne's business identifier systems, which name the practice.
    static func athenaPatient(practice: Int) -> String { "urn:athenahealth:athenanet:patient:\(practice)" }
    static func athenaDepartment(practice: Int) -> String { "urn:athenahealth:athenanet:department:\(practice)" }
    static func athenaMRN(practice: Int) -> String { "urn:athenahealth:athenanet:mrn:\(practice)" }
    static let sandboxPayer = "urn:athena-sandbox:payer-id"
    static let sandboxMember = "urn:athena-sandbox:member-id"
    static let sandboxLot = "urn:athena-sandbox:vaccine-lot"
}
