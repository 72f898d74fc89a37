import Foundation

/// The shapes athenaOne gives FHIR ids, and the rule every id follows.
///
/// athenaOne ids name their practice: a patient is `a-{practice}.E-{number}`, a department
/// `a-{practice}.Department-{number}`, and the practice itself is the Organization
/// `a-1.Practice-{practice}`. Other resources get opaque ids that start `a-{practice}.`; the
/// sandbox fills in the rest as `{kind}-{number}`, with a short kind per resource type.
package enum AthenaID {
    /// The id of the practice's Organization, such as `a-1.Practice-195900`.
    package static func practice(_ practiceID: Int) -> String {
        "a-1.Practice-\(practiceID)"
    }

    /// A patient's id, such as `a-195900.E-60178`.
    package static func patient(practice practiceID: Int, number: Int) -> String {
        "a-\(practiceID).E-\(number)"
    }

    /// A department's id, such as `a-195900.Department-1`.
    package static func department(practice practiceID: Int, number: Int) -> String {
        "a-\(practiceID).Department-\(number)"
    }

    /// Any other resource's id: `a-{practice}.{kind}-{number}`.
    package static func resource(practice practiceID: Int, kind: String, number: Int) -> String {
        "a-\(practiceID).\(kind)-\(number)"
    }

    /// The patient number inside a patient id (`60178` for `a-195900.E-60178`), which is the
    /// patient id the v1 API uses.
    package static func patientNumber(fromPatientID id: String) -> Int? {
        guard let range = id.range(of: ".E-") else { return nil }
        return Int(id[range.upperBound...])
    }

    /// The practice number an id names (`195900` for `a-195900.E-60178` and for
    /// `a-1.Practice-195900`).
    package static func practiceNumber(fromID id: String) -> Int? {
        if let range = id.range(of: ".Practice-") { return Int(id[range.upperBound...]) }
        guard id.hasPrefix("a-"), let dot = id.firstIndex(of: ".") else { return nil }
        return Int(id[id.index(id.startIndex, offsetBy: 2)..<dot])
    }

    /// Whether `id` is a legal FHIR id: 1 to 64 of `A-Z a-z 0-9 - .`.
    package static func isValid(_ id: some StringProtocol) -> Bool {
        guard (1...64).contains(id.utf8.count) else { return false }
        return id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }
    }
}

/// The short kind each resource type's opaque ids carry (`a-195900.ENC-12` for an Encounter).
extension AthenaID {
    package static let kindByType: [String: String] = [
        "AllergyIntolerance": "ALG",
        "CarePlan": "CPL",
        "CareTeam": "CTM",
        "Condition": "CND",
        "Coverage": "COV",
        "Device": "DEV",
        "DiagnosticReport": "DRP",
        "DocumentReference": "DOC",
        "Encounter": "ENC",
        "Goal": "GOL",
        "Immunization": "IMM",
        "Location": "LOC",
        "Medication": "MED",
        "MedicationRequest": "MRQ",
        "Observation": "OBS",
        "Practitioner": "Provider",
        "Procedure": "PRC",
        "Provenance": "PRV",
        "ServiceRequest": "SRQ",
        "QuestionnaireResponse": "QR",
        "Organization": "ORG",
    ]
}
