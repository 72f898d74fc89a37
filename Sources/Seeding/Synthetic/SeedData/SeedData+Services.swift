/// Entries for what happens during a visit: vaccines, procedures, laboratory work.
extension SeedData {
    /// A CVX-coded vaccine and the rules for giving it.
    package struct Vaccine: Sendable, Decodable {
        package var key: String
        package var cvx: String
        package var display: String
        package var minimumAge: Int
        package var maximumAge: Int?
        /// Calendar months the vaccine is given in; absent means any month.
        package var months: [Int]?
        /// One dose per influenza season rather than one per chart.
        package var everySeason: Bool?
        package var earliestYear: Int?
        package var chance: Double
        package var wellnessOnly: Bool
    }

    /// A procedure coded in SNOMED CT, with a CPT code where one fits.
    package struct Procedure: Sendable, Decodable {
        package var key: String
        package var snomed: Code
        package var cpt: Code?
        package var minutes: Int
    }

    /// A LOINC laboratory test with its UCUM unit and ranges.
    package struct LabTest: Sendable, Decodable {
        package var key: String
        package var loinc: String
        package var display: String
        package var unit: String
        package var low: Double?
        package var high: Double?
        package var typical: [Double]
        package var femaleLow: Double?
        package var femaleHigh: Double?
        package var femaleTypical: [Double]?
        package var decimals: Int
    }

    /// A laboratory order: one report over several tests.
    package struct LabPanel: Sendable, Decodable {
        package var key: String
        package var loinc: String
        package var display: String
        package var tests: [String]
    }

    /// A kind of office visit, with the work it usually brings.
    package struct VisitType: Sendable, Decodable {
        /// The purpose of a visit.
        package enum Kind: String, Sendable, Decodable {
            case wellness
            case followUp = "follow-up"
            case acute
        }

        package var kind: Kind
        package var code: String
        package var display: String
        package var text: String
        /// The shortest and longest visit length.
        package var minutes: [Int]
        package var reason: Code?
        package var adultReason: Code?
        package var childReason: Code?
        package var labPanels: [Chance]?
        package var procedures: [Chance]?
    }
}
