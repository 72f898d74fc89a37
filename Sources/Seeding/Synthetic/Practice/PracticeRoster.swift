/// The practice-level facts every chart refers to: departments, clinicians and health plans.
///
/// The roster is drawn once per seed from its own random stream, so it does not depend on how
/// many patients the practice has.
struct PracticeRoster: Sendable {
    let practiceID: Int
    let organizationID: String
    let name: String
    let town: SeedData.Town
    let street: String
    let phone: String
    let departments: [Department]
    let clinicians: [Clinician]
    let plans: [Plan]

    /// A clinic site: an Organization that is `partOf` the practice, and its Location.
    struct Department: Sendable {
        let number: Int
        let organizationID: String
        let locationID: String
        let name: String
        let town: SeedData.Town
        let street: String
        let phone: String
    }

    /// A clinician, written as a Practitioner.
    struct Clinician: Sendable {
        let id: String
        let given: String
        let family: String
        let gender: String
        let specialty: SeedData.Specialty
        let departmentIndex: Int
        let npi: String
        let phone: String

        /// `Hazel Corrigan, MD`.
        var displayName: String { "\(given) \(family), \(specialty.credential.code)" }
    }

    /// A health plan, written as a payer Organization.
    struct Plan: Sendable {
        let organizationID: String
        let payer: SeedData.Payer
    }
}

// MARK: - Choosing clinicians

extension PracticeRoster {
    /// Clinicians who could be a patient's primary care clinician, best candidates first:
    /// those in the patient's department, then the rest of the practice.
    func primaryCareCandidates(departmentIndex: Int, isChild: Bool) -> [Int] {
        let eligible = clinicians.indices.filter { index in
            let specialty = clinicians[index].specialty
            return specialty.seesPatients && (isChild ? specialty.seesChildren : specialty.seesAdults)
        }
        let local = eligible.filter { clinicians[$0].departmentIndex == departmentIndex }
        return local.isEmpty ? eligible : local
    }

    /// A clinician who does not hold visits (a nurse) in the department, or anywhere.
    func supportClinician(departmentIndex: Int) -> Int? {
        let support = clinicians.indices.filter { !clinicians[$0].specialty.seesPatients }
        return support.first { clinicians[$0].departmentIndex == departmentIndex } ?? support.first
    }

    /// The plan for a patient of the given eligibility.
    func planIndex(for eligibility: SeedData.Payer.Eligibility) -> Int {
        plans.firstIndex { $0.payer.eligibility == eligibility } ?? 0
    }
}
