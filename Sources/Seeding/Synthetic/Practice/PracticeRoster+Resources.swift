import SandboxSupport

extension PracticeRoster {
    /// The practice-level resources: the practice, its departments, their locations, the
    /// clinicians and the payers, in that order.
    func makeResources() -> [JSONValue] {
        [makePracticeOrganization()]
            + departments.map(makeDepartmentOrganization)
            + departments.map(makeLocation)
            + clinicians.map(makePractitioner)
            + plans.map(makePayerOrganization)
    }

    private func makePracticeOrganization() -> JSONValue {
        .object([
            "resourceType": "Organization",
            "id": .string(organizationID),
            "active": true,
            "type": [FHIRElement.concept(CodeSystem.organizationType, "prov", "Healthcare Provider")],
            "name": .string(name),
            "telecom": [FHIRElement.telecom("phone", phone, use: "work")],
            "address": [FHIRElement.address(line: street, town: town, use: "work")],
        ])
    }

    private func makeDepartmentOrganization(_ department: Department) -> JSONValue {
        .object([
            "resourceType": "Organization",
            "id": .string(department.organizationID),
            "identifier": [
                FHIRElement.identifier(
                    system: CodeSystem.athenaDepartment(practice: practiceID),
                    value: String(department.number)
                )
            ],
            "active": true,
            "type": [FHIRElement.concept(CodeSystem.organizationType, "dept", "Hospital Department")],
            "name": .string(department.name),
            "telecom": [FHIRElement.telecom("phone", department.phone, use: "work")],
            "address": [FHIRElement.address(line: department.street, town: department.town, use: "work")],
            "partOf": FHIRElement.reference("Organization", organizationID, display: name),
        ])
    }

    private func makeLocation(_ department: Department) -> JSONValue {
        .object([
            "resourceType": "Location",
            "id": .string(department.locationID),
            "status": "active",
            "name": .string(department.name),
            "mode": "instance",
            "type": [FHIRElement.concept(CodeSystem.roleCode, "OF", "Outpatient facility")],
            "telecom": [FHIRElement.telecom("phone", department.phone, use: "work")],
            "address": FHIRElement.address(line: department.street, town: department.town, use: "work"),
            "physicalType": FHIRElement.concept(CodeSystem.locationPhysicalType, "bu", "Building"),
            "managingOrganization": FHIRElement.reference("Organization", department.organizationID),
        ])
    }

    private func makePractitioner(_ clinician: Clinician) -> JSONValue {
        let department = departments[clinician.departmentIndex]
        let specialty = clinician.specialty
        return .object([
            "resourceType": "Practitioner",
            "id": .string(clinician.id),
            "identifier": [FHIRElement.identifier(system: CodeSystem.npi, value: clinician.npi)],
            "active": true,
            "name": [
                .object([
                    "use": "official",
                    "family": .string(clinician.family),
                    "given": [.string(clinician.given)],
                    "suffix": [.string(specialty.credential.code)],
                ])
            ],
            "telecom": [FHIRElement.telecom("phone", clinician.phone, use: "work")],
            "address": [FHIRElement.address(line: department.street, town: department.town, use: "work")],
            "gender": .string(clinician.gender),
            "qualification": [
                .object([
                    "code": FHIRElement.concept(
                        CodeSystem.degree,
                        specialty.credential.code,
                        specialty.credential.display
                    )
                ]),
                .object(["code": FHIRElement.concept(CodeSystem.nucc, specialty.code, specialty.display)]),
            ],
        ])
    }

    private func makePayerOrganization(_ plan: Plan) -> JSONValue {
        .object([
            "resourceType": "Organization",
            "id": .string(plan.organizationID),
            "identifier": [FHIRElement.identifier(system: CodeSystem.sandboxPayer, value: plan.payer.payerID)],
            "active": true,
            "type": [FHIRElement.concept(CodeSystem.organizationType, "pay", "Payer")],
            "name": .string(plan.payer.name),
            "telecom": [FHIRElement.telecom("phone", plan.payer.phone, use: "work")],
        ])
    }
}
