/// Who a synthetic patient is: demographics and where they get care.
///
/// The profile comes from the patient's own random stream, apart from the clinical stream, so a
/// change to the clinical catalogs leaves names and addresses alone.
struct PatientProfile: Sendable {
    let number: Int
    let id: String
    /// `female` or `male`.
    let sex: String
    let given: String
    let middle: String?
    let family: String
    let suffix: String?
    let birthDay: Int64
    let street: String
    let town: SeedData.Town
    let homePhone: String
    let mobilePhone: String?
    let email: String
    let maritalStatus: SeedData.Code
    let language: SeedData.Code
    let race: SeedData.Code
    let ethnicity: SeedData.Code
    /// A social security number in the 900–999 area, which is never issued.
    let ssn: String?
    let mrn: String
    let departmentIndex: Int
    let primaryClinicianIndex: Int
    let planIndex: Int
    let memberID: String
    /// A parent or guardian, for patients under 18.
    let guardian: Guardian?

    /// A child's parent or guardian, listed as the emergency contact.
    struct Guardian: Sendable {
        let given: String
        let family: String
        let phone: String
    }

    /// `Clara Hawthorne`.
    var displayName: String { "\(given) \(family)" }
}
