import Foundation
import SandboxSupport

extension ChartBuilder {
    /// The visit's signed note as a DocumentReference with the text inline.
    mutating func makeNote(_ visit: ChartPlan.Visit, record: VisitRecord) -> (resource: JSONValue, signed: Int64) {
        let isFirst = visit.index == 0
        let type = isFirst ? ("34117-2", "History and physical note") : ("11506-3", "Progress note")
        let title = isFirst ? "History and Physical" : "Progress Note"
        let signed = visit.end + 20 * 60_000
        let clinician = roster.clinicians[visit.clinicianIndex]
        let department = roster.departments[profile.departmentIndex]
        let note = ClinicalNote(
            title: title,
            patient: profile,
            birthDate: clock.date(day: profile.birthDay),
            serviceTime: clock.readableDateTime(visit.start),
            department: department.name,
            clinician: clinician.displayName,
            reason: visitReason(visit, record: record),
            record: record,
            allergies: plan.allergies.map {
                "\($0.allergen.text) (\($0.reaction.display.replacingParenthesizedTag().lowercased()))"
            },
            activeMedications: medicationsTaken(before: visit),
            plans: record.diagnoses.compactMap(\.plan)
        )
        let period = ChartElement.period(start: clock.dateTime(visit.start), end: clock.dateTime(visit.end))
        let resource: JSONValue = .object([
            "resourceType": "DocumentReference",
            "id": .string(ids.next("DocumentReference")),
            "status": "current",
            "docStatus": "final",
            "type": ChartElement.concept(ChartCodeSystem.loinc, type.0, type.1, text: title),
            "category": [ChartElement.concept(ChartCodeSystem.documentCategory, "clinical-note", "Clinical Note")],
            "subject": patientReference,
            "date": .string(clock.dateTime(signed)),
            "author": [clinicianReference(visit.clinicianIndex)],
            "authenticator": clinicianReference(visit.clinicianIndex),
            "custodian": ChartElement.reference("Organization", roster.organizationID, display: roster.name),
            "description": .string("\(title) for \(clock.date(day: visit.day))"),
            "content": [
                .object([
                    "attachment": .object([
                        "contentType": "text/plain",
                        "language": "en-US",
                        "data": .string(Data(note.text.utf8).base64EncodedString()),
                        "title": .string("\(title) - \(clock.date(day: visit.day))"),
                        "creation": .string(clock.dateTime(signed)),
                    ]),
                    "format": ChartElement.coding(
                        ChartCodeSystem.formatCode,
                        "urn:ihe:iti:xds:2017:mimeTypeSufficient",
                        "mimeType Sufficient"
                    ),
                ])
            ],
            "context": .object([
                "encounter": [ChartElement.reference("Encounter", record.encounterID)],
                "period": period,
            ]),
        ])
        return (resource, signed)
    }

    private func visitReason(_ visit: ChartPlan.Visit, record: VisitRecord) -> String {
        let names = record.diagnoses.map(\.text).joined(separator: ", ")
        switch visit.kind {
        case .wellness: return visit.index == 0 ? "New patient visit and annual physical." : "Annual physical."
        case .followUp: return "Follow-up of \(names)."
        case .acute: return "Sick visit: \(names)."
        }
    }

    /// Long-term drugs prescribed at earlier visits and not stopped by this one.
    private func medicationsTaken(before visit: ChartPlan.Visit) -> [String] {
        plan.prescriptions.filter { prescription in
            guard prescription.visitIndex < visit.index, prescription.medication.courseDays == nil else { return false }
            let isChronic = prescription.problemKey.map { plan.diagnosis($0) != nil } ?? true
            return isChronic && prescription.status != "stopped"
        }.map(\.medication.display)
    }
}
