/// The plain-text note a clinician signs at the end of a visit, built from what the chart
/// recorded at it.
struct ClinicalNote {
    let title: String
    let patient: PatientProfile
    let birthDate: String
    let serviceTime: String
    let department: String
    let clinician: String
    let reason: String
    let record: VisitRecord
    let allergies: [String]
    let activeMedications: [String]
    let plans: [String]

    var text: String {
        var lines = [
            title.uppercased(),
            "Patient: \(patient.displayName) (DOB \(birthDate), \(patient.sex))",
            "Date of service: \(serviceTime)",
            "Department: \(department)",
            "Provider: \(clinician)",
            "",
            "Reason for visit: \(reason)",
        ]
        if let vitals = record.vitals { lines += ["", Self.vitalsLine(vitals)] }
        lines += [
            "", "Allergies: " + (allergies.isEmpty ? "No known allergies." : allergies.joined(separator: "; ") + "."),
        ]
        lines.append(
            "Current medications: "
                + (activeMedications.isEmpty ? "None." : activeMedications.joined(separator: "; ") + ".")
        )
        lines += ["", "Assessment:"]
        lines +=
            record.diagnoses.isEmpty
            ? ["- Routine examination; no new problems found."]
            : record.diagnoses.map { "- \($0.text) (\($0.icd10.code))" }
        lines += ["", "Plan:"] + planLines
        lines += ["", "Electronically signed by \(clinician).", "Synthetic record: this patient is fictional."]
        return lines.joined(separator: "\n") + "\n"
    }

    private var planLines: [String] {
        var lines = plans.map { "- \($0)" }
        lines += record.prescriptions.map { "- \($0)" }
        if !record.labPanels.isEmpty { lines.append("- Labs ordered: \(record.labPanels.joined(separator: "; ")).") }
        if !record.abnormalResults.isEmpty {
            lines.append("- Abnormal results: \(record.abnormalResults.joined(separator: "; ")).")
        }
        if !record.vaccines.isEmpty {
            lines.append("- Immunizations given: \(record.vaccines.joined(separator: "; ")).")
        }
        if !record.procedures.isEmpty { lines.append("- Procedures: \(record.procedures.joined(separator: "; ")).") }
        return lines.isEmpty ? ["- Return for routine care in twelve months."] : lines
    }

    private static func vitalsLine(_ vitals: VitalSigns) -> String {
        let number = NoteFormat.number
        return "Vital signs: BP \(number(vitals.systolic))/\(number(vitals.diastolic)) mmHg, "
            + "HR \(number(vitals.heartRate))/min, RR \(number(vitals.respiratoryRate))/min, "
            + "Temp \(number(vitals.temperature)) C, SpO2 \(number(vitals.oxygenSaturation))%, "
            + "Wt \(number(vitals.weight)) kg, Ht \(number(vitals.height)) cm, BMI \(number(vitals.bmi)) kg/m2."
    }
}
