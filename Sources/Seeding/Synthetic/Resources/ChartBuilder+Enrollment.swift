import SandboxSupport

/// The resources that say who pays for and who looks after the patient.
extension ChartBuilder {
    func makeCoverage() -> JSONValue {
        let plan = roster.plans[profile.planIndex]
        let payer = plan.payer
        let isChild = age(on: clock.referenceDay) < 18
        let firstVisitYear = clock.year(of: self.plan.visits[0].day)
        let startYear = firstVisitYear - Int(profile.number % 4)
        let relationship = isChild ? ("child", "Child") : ("self", "Self")
        return .object([
            "resourceType": "Coverage",
            "id": .string(coverageID),
            "identifier": [
                ChartElement.identifier(
                    system: ChartCodeSystem.sandboxMember,
                    value: profile.memberID,
                    type: ("MB", "Member Number")
                )
            ],
            "status": "active",
            "type": ChartElement.concept(ChartCodeSystem.paymentTypology, payer.typeCode, payer.typeDisplay),
            "subscriber": isChild ? nil : patientReference,
            "subscriberId": .string(profile.memberID),
            "beneficiary": patientReference,
            "relationship": ChartElement.concept(
                ChartCodeSystem.subscriberRelationship,
                relationship.0,
                relationship.1
            ),
            "period": ChartElement.period(start: clock.date(day: clock.day(year: startYear, month: 1, day: 1))),
            "payor": [ChartElement.reference("Organization", plan.organizationID, display: payer.name)],
            "class": [
                Self.coverageClass("plan", "Plan", value: payer.planID, name: payer.planName),
                Self.coverageClass("group", "Group", value: "GRP-" + payer.planID, name: payer.groupName),
            ],
        ])
    }

    func makeCareTeam() -> JSONValue {
        var participants = [careTeamParticipant(clinicianIndex: primaryClinicianIndex)]
        if let nurse = roster.supportClinician(departmentIndex: profile.departmentIndex) {
            participants.append(careTeamParticipant(clinicianIndex: nurse))
        }
        participants.append(
            .object([
                "role": [ChartElement.concept(ChartCodeSystem.snomed, "116154003", "Patient (person)")],
                "member": patientReference,
            ])
        )
        return .object([
            "resourceType": "CareTeam",
            "id": .string(careTeamID),
            "status": "active",
            "category": [
                ChartElement.concept(
                    ChartCodeSystem.loinc,
                    "LA27976-2",
                    "Longitudinal care-coordination focused care team"
                )
            ],
            "name": .string("Primary care team for \(profile.displayName)"),
            "subject": patientReference,
            "period": ChartElement.period(start: clock.date(day: plan.visits[0].day)),
            "participant": .array(participants),
            "managingOrganization": [
                ChartElement.reference("Organization", roster.organizationID, display: roster.name)
            ],
        ])
    }

    private func careTeamParticipant(clinicianIndex: Int) -> JSONValue {
        let specialty = roster.clinicians[clinicianIndex].specialty
        let role =
            data.careTeamRoles[specialty.careTeamRole]
            ?? SeedData.Code(code: "158965000", display: "Medical practitioner (occupation)")
        return .object([
            "role": [ChartElement.concept(ChartCodeSystem.snomed, role.code, role.display)],
            "member": clinicianReference(clinicianIndex),
            "onBehalfOf": ChartElement.reference("Organization", roster.organizationID),
        ])
    }

    private static func coverageClass(_ code: String, _ display: String, value: String, name: String) -> JSONValue {
        .object([
            "type": ChartElement.concept(ChartCodeSystem.coverageClass, code, display),
            "value": .string(value),
            "name": .string(name),
        ])
    }
}
