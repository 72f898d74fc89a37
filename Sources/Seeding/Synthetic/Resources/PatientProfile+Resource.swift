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
                Self.ombExtension(ChartCodeSystem.usCoreRace, race),
                Self.ombExtension(ChartCodeSystem.usCoreEthnicity, ethnicity),
            ],
            "identifier": .array(identifiers(practiceID: roster.practiceID)),
            "active": true,
            "name": [name],
            "telecom": .array(telecoms),
            "gender": .string(sex),
            "birthDate": .string(clock.date(day: birthDay)),
            "address": [ChartElement.address(line: street, town: town, use: "home")],
            "maritalStatus": ChartElement.concept(
                ChartCodeSystem.maritalStatus,
                maritalStatus.code,
                maritalStatus.display
            ),
            "contact": guardian.map { [Self.contact($0)] },
            "communication": [
                .object([
                    "language": ChartElement.concept(ChartCodeSystem.language, language.code, language.display),
                    "preferred": true,
                ])
            ],
            "generalPractitioner": [
                ChartElement.reference("Practitioner", clinician.id, display: clinician.displayName)
            ],
            "managingOrganization": ChartElement.reference("Organization", department.organizationID),
        ])
    }

    private func identifiers(practiceID: Int) -> [JSONValue] {
        var identifiers = [
            ChartElement.identifier(system: ChartCodeSystem.athenaPatient(practice: practiceID), value: String(number)),
            ChartElement.identifier(
                system: ChartCodeSystem.athenaMRN(practice: practiceID),
                value: mrn,
                type: ("MR", "Medical record number")
            ),
        ]
        if let ssn {
            identifiers.append(
                ChartElement.identifier(system: ChartCodeSystem.ssn, value: ssn, type: ("SS", "Social Security number"))
            )
        }
        return identifiers
    }

    private var name: JSONValue {
        .object([
            "use": "official",
            "family": .string(family),
            "given": ChartElement.strings([given] + (middle.map { [$0] } ?? [])),
            "suffix": suffix.map { [.string($0)] },
        ])
    }

    private var telecoms: [JSONValue] {
        var telecoms = [ChartElement.telecom("phone", homePhone, use: "home")]
        if let mobilePhone { telecoms.append(ChartElement.telecom("phone", mobilePhone, use: "mobile")) }
        telecoms.append(ChartElement.telecom("email", email, use: "home"))
        return telecoms
    }

    private static func ombExtension(_ url: String, _ code: SeedData.Code) -> JSONValue {
        .object([
            "url": .string(url),
            "extension": [
                .object([
                    "url": "ombCategory",
                    "valueCoding": ChartElement.coding(ChartCodeSystem.raceAndEthnicity, code.code, code.display),
                ]),
                .object(["url": "text", "valueString": .string(code.display)]),
            ],
        ])
    }

    private static func contact(_ guardian: Guardian) -> JSONValue {
        .object([
            "relationship": [
                ChartElement.concept(ChartCodeSystem.contactRole, "C", "Emergency Contact", text: "Parent")
            ],
            "name": .object(["family": .string(guardian.family), "given": [.string(guardian.given)]]),
            "telecom": [ChartElement.telecom("phone", guardian.phone, use: "home")],
        ])
    }
}
