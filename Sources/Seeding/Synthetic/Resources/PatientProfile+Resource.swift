import SandboxSupport

extension PatientProfile {
    /// The Patient resource.
    func makeResource(roster: PracticeRoster, clock: ChartClock) -> JSONValue {
        let clinician = roster.clinicians[primaryClinicianIndex]
        let department = roster.departments[departmentIndex]
        return .object([
            "resourceType": "Patient",
            "id": .string(id),
            "extension": [
                Self.ombExtension(CodeSystem.usCoreRace, race),
                Self.ombExtension(CodeSystem.usCoreEthnicity, ethnicity),
            ],
            "identifier": .array(identifiers(practiceID: roster.practiceID)),
            "active": true,
            "name": [name],
            "telecom": .array(telecoms),
            "gender": .string(sex),
            "birthDate": .string(clock.date(day: birthDay)),
            "address": [FHIRElement.address(line: street, town: town, use: "home")],
            "maritalStatus": FHIRElement.concept(CodeSystem.maritalStatus, maritalStatus.code, maritalStatus.display),
            "contact": guardian.map { [Self.contact($0)] },
            "communication": [
                .object([
                    "language": FHIRElement.concept(CodeSystem.language, language.code, language.display),
                    "preferred": true,
                ])
            ],
            "generalPractitioner": [
                FHIRElement.reference("Practitioner", clinician.id, display: clinician.displayName)
            ],
            "managingOrganization": FHIRElement.reference("Organization", department.organizationID),
        ])
    }

    private func identifiers(practiceID: Int) -> [JSONValue] {
        var identifiers = [
            FHIRElement.identifier(system: CodeSystem.athenaPatient(practice: practiceID), value: String(number)),
            FHIRElement.identifier(
                system: CodeSystem.athenaMRN(practice: practiceID),
                value: mrn,
                type: ("MR", "Medical record number")
            ),
        ]
        if let ssn {
            identifiers.append(
                FHIRElement.identifier(system: CodeSystem.ssn, value: ssn, type: ("SS", "Social Security number"))
            )
        }
        return identifiers
    }

    private var name: JSONValue {
        .object([
            "use": "official",
            "family": .string(family),
            "given": FHIRElement.strings([given] + (middle.map { [$0] } ?? [])),
            "suffix": suffix.map { [.string($0)] },
        ])
    }

    private var telecoms: [JSONValue] {
        var telecoms = [FHIRElement.telecom("phone", homePhone, use: "home")]
        if let mobilePhone { telecoms.append(FHIRElement.telecom("phone", mobilePhone, use: "mobile")) }
        telecoms.append(FHIRElement.telecom("email", email, use: "home"))
        return telecoms
    }

    private static func ombExtension(_ url: String, _ code: SeedData.Code) -> JSONValue {
        .object([
            "url": .string(url),
            "extension": [
                .object([
                    "url": "ombCategory",
                    "valueCoding": FHIRElement.coding(CodeSystem.raceAndEthnicity, code.code, code.display),
                ]),
                .object(["url": "text", "valueString": .string(code.display)]),
            ],
        ])
    }

    private static func contact(_ guardian: Guardian) -> JSONValue {
        .object([
            "relationship": [FHIRElement.concept(CodeSystem.contactRole, "C", "Emergency Contact", text: "Parent")],
            "name": .object(["family": .string(guardian.family), "given": [.string(guardian.given)]]),
            "telecom": [FHIRElement.telecom("phone", guardian.phone, use: "home")],
        ])
    }
}
