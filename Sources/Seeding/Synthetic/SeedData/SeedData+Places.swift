/// Entries describing where the practice and its patients are and who works there.
extension SeedData {
    /// An invented town with a real state, postal code and telephone area code.
    package struct Town: Sendable, Hashable, Decodable {
        package var city: String
        package var state: String
        package var postalCode: String
        package var areaCode: String
    }

    /// The practice's name, its departments and the clinicians it may employ.
    package struct PracticeProfile: Sendable, Decodable {
        package var name: String
        package var town: String
        package var street: String
        package var minimumDepartments: Int
        package var departments: [DepartmentProfile]
        package var minimumClinicians: Int
        /// Specialty keys, in the order clinicians are hired.
        package var clinicians: [String]
    }

    /// One department (a clinic site) the practice may run.
    package struct DepartmentProfile: Sendable, Decodable {
        package var name: String
        package var town: String
        package var street: String
    }

    /// A clinician's specialty (NUCC taxonomy) and degree (HL7 v2 table 0360).
    package struct Specialty: Sendable, Decodable {
        package var key: String
        package var code: String
        package var display: String
        package var credential: Code
        /// Whether clinicians of this specialty hold their own visits.
        package var seesPatients: Bool
        package var seesAdults: Bool
        package var seesChildren: Bool
        /// The key of this specialty's role in ``SeedData/careTeamRoles``.
        package var careTeamRole: String
    }

    /// An invented health plan.
    package struct Payer: Sendable, Decodable {
        /// Who the plan covers.
        package enum Eligibility: String, Sendable, Decodable {
            case commercial
            case senior
            case medicaid
        }

        package var key: String
        package var name: String
        package var payerID: String
        package var eligibility: Eligibility
        package var planName: String
        package var planID: String
        package var groupName: String
        /// The Source of Payment Typology code and display for the plan's coverage type.
        package var typeCode: String
        package var typeDisplay: String
        package var phone: String
    }
}
