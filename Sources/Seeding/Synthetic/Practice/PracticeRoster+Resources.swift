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
            "type": [ChartElement.concept(ChartCodeSystem.organizationType, "prov", "Healthcare Provider")],
            "name": .string(name),
            "telecom": [ChartElement.telecom("phone", phone, use: "work")],
            "address": [ChartElement.address(line: street, town: town, use: "work")],
        ])
    }

    private func makeDepartmentOrganization(_ department: Department) -> JSONValue {
        .object([
            "resourceType": "Organization",
            "id": .string(department.organizationID),
            "identifier": [
                ChartElement.identifier(
                    system: ChartCodeSystem.athenaDepartment(practice: practiceID),
                    value: String(department.number)
                )
            ],
            "active": true,
            "type": [ChartElement.concept(ChartCodeSystem.organizationType, "dept", "Hospital Department")],
            "name": .string(department.name),
            "telecom": [ChartElement.telecom("phone", department.phone, use: "work")],
            "address": [ChartElement.address(line: department.street, town: department.town, use: "work")],
            "partOf": ChartElement.reference("Organization", organizationID, display: name),
        ])
    }

    private func makeLocation(_ department: Department) -> JSONValue {
        .object([
            "resourceType": "Location",
            "id": .string(department.locationID),
            "status": "active",
            "name": .string(department.name),
            "mode": "instance",
            "type": [ChartElement.concept(ChartCodeSystem.roleCode, "OF", "Outpatient facility")],
            "telecom": [ChartElement.telecom("phone", department.phone, use: "work")],
            "address": ChartElement.address(line: department.street, town: department.town, use: "work"),
            "physicalType": ChartElement.concept(ChartCodeSystem.locationPhysicalType, "bu", "Building"),
            "managingOrganization": ChartElement.reference("Organization", department.organizationID),
        ])
    }

    private func makePractitioner(_ clinician: Clinician) -> JSONValue {
        let department = departments[clinician.departmentIndex]
        let specialty = clinician.specialty
        return .object([
            "resourceType": "Practitioner",
            "id": .string(clinician.id),
            "identifier": [ChartElement.identifier(system: ChartCodeSystem.npi, value: clinician.npi)],
            "active": true,
            "name": [
                .object([
                    "use": "official",
                    "family": .string(clinician.family),
                    "given": [.string(clinician.given)],
                    "suffix": [.string(specialty.credential.code)],
                ])
            ],
            "telecom": [ChartElement.telecom("phone", clinician.phone, use: "work")],
            "address": [ChartElement.address(line: department.street, town: department.town, use: "work")],
            "gender": .string(clinician.gender),
            "qualification": [
                .object([
                    "code": ChartElement.concept(
                        ChartCodeSystem.degree,
                        specialty.credential.code,
                        specialty.credential.display
                    )
                ]),
                .object(["code": ChartElement.concept(ChartCodeSystem.nucc, specialty.code, specialty.display)]),
            ],
        ])
    }

    private func makePayerOrganization(_ plan: Plan) -> JSONValue {
        .object([
            "resourceType": "Organization",
            "id": .string(plan.organizationID),
            "identifier": [ChartElement.identifier(system: ChartCodeSystem.sandboxPayer, value: plan.payer.payerID)],
            "active": true,
            "type": [ChartElement.concept(ChartCodeSystem.organizationType, "pay", "Payer")],
            "name": .string(plan.payer.name),
            "telecom": [ChartElement.telecom("phone", plan.payer.phone, use: "work")],
        ])
    }
}
