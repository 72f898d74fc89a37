import Athena
import SandboxSupport

extension PracticeRoster {
    /// Draws the practice for a seed.
    static func draw(from data: SeedData, practiceID: Int, seed: UInt64) -> PracticeRoster {
        var random = SeededGenerator(seed: seed, stream: "practice")
        let departments = drawDepartments(from: data, practiceID: practiceID, random: &random)
        let clinicians = drawClinicians(from: data, practiceID: practiceID, departments: departments, random: &random)
        let plans = data.payers.enumerated().map { offset, payer in
            Plan(organizationID: AthenaID.resource(practice: practiceID, kind: "ORG", number: offset + 1), payer: payer)
        }
        guard let town = data.town(named: data.practice.town) else { fatalError("seed data was validated") }
        return PracticeRoster(
            practiceID: practiceID,
            organizationID: AthenaID.practice(practiceID),
            name: data.practice.name,
            town: town,
            street: data.practice.street,
            phone: random.fictionalPhone(areaCode: town.areaCode),
            departments: departments,
            clinicians: clinicians,
            plans: plans
        )
    }

    private static func drawDepartments(
        from data: SeedData,
        practiceID: Int,
        random: inout SeededGenerator
    ) -> [Department] {
        let count = random.int(in: data.practice.minimumDepartments...data.practice.departments.count)
        return data.practice.departments.prefix(count).enumerated().map { offset, profile in
            guard let town = data.town(named: profile.town) else { fatalError("seed data was validated") }
            return Department(
                number: offset + 1,
                organizationID: AthenaID.department(practice: practiceID, number: offset + 1),
                locationID: AthenaID.resource(practice: practiceID, kind: "LOC", number: offset + 1),
                name: profile.name,
                town: town,
                street: profile.street,
                phone: random.fictionalPhone(areaCode: town.areaCode)
            )
        }
    }

    private static func drawClinicians(
        from data: SeedData,
        practiceID: Int,
        departments: [Department],
        random: inout SeededGenerator
    ) -> [Clinician] {
        let count = random.int(in: data.practice.minimumClinicians...data.practice.clinicians.count)
        var usedNames: Set<String> = []
        return data.practice.clinicians.prefix(count).enumerated().map { offset, key in
            guard let specialty = data.specialty(key) else { fatalError("seed data was validated") }
            let isFemale = random.chance(0.55)
            var given = "", family = ""
            repeat {
                given = random.pick(isFemale ? data.givenNamesFemale : data.givenNamesMale)
                family = random.pick(data.familyNames)
            } while !usedNames.insert("\(given) \(family)").inserted
            let departmentIndex = offset % departments.count
            return Clinician(
                id: AthenaID.resource(practice: practiceID, kind: "Provider", number: offset + 1),
                given: given,
                family: family,
                gender: isFemale ? "female" : "male",
                specialty: specialty,
                departmentIndex: departmentIndex,
                npi: fictionalNPI(offset + 1),
                phone: random.fictionalPhone(areaCode: departments[departmentIndex].town.areaCode)
            )
        }
    }

    /// A ten-digit number starting `99990`: real NPIs start with 1 or 2, so these never collide.
    private static func fictionalNPI(_ number: Int) -> String {
        let digits = String(number)
        return "99990" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
