/// The name lists and clinical catalogs a synthetic practice is drawn from.
///
/// Everything here is read from the `SeedData` folder at the top of the repository (see
/// ``load(from:)`` and ``defaultDirectory(environment:executablePath:currentDirectory:)``), so the
/// vocabulary of the generated charts can change without touching code. People and places in
/// those files are invented; the clinical codes are real entries of public code systems.
package struct SeedData: Sendable {
    package var givenNamesFemale: [String]
    package var givenNamesMale: [String]
    package var familyNames: [String]
    package var streetNames: [String]
    package var towns: [Town]
    package var practice: PracticeProfile
    package var specialties: [Specialty]
    /// SNOMED CT occupation codes for care-team roles, by role key.
    package var careTeamRoles: [String: Code]
    package var payers: [Payer]
    package var problems: [Problem]
    package var medications: [Medication]
    package var allergens: [Allergen]
    package var vaccines: [Vaccine]
    package var procedures: [Procedure]
    package var labTests: [LabTest]
    package var labPanels: [LabPanel]
    package var visitTypes: [VisitType]

    /// A code and its display text, as the data files write them.
    package struct Code: Sendable, Hashable, Decodable {
        package var code: String
        package var display: String
    }
}

// MARK: - Lookups

extension SeedData {
    func medication(_ key: String) -> Medication? {
        medications.first { $0.key == key }
    }

    func problem(_ key: String) -> Problem? {
        problems.first { $0.key == key }
    }

    func procedure(_ key: String) -> Procedure? {
        procedures.first { $0.key == key }
    }

    func labTest(_ key: String) -> LabTest? {
        labTests.first { $0.key == key }
    }

    func labPanel(_ key: String) -> LabPanel? {
        labPanels.first { $0.key == key }
    }

    func specialty(_ key: String) -> Specialty? {
        specialties.first { $0.key == key }
    }

    func town(named city: String) -> Town? {
        towns.first { $0.city == city }
    }

    func visitType(_ kind: VisitType.Kind) -> VisitType? {
        visitTypes.first { $0.kind == kind }
    }
}
