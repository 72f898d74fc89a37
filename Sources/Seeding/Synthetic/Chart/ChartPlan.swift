/// The clinical story of one chart, decided before any resource is written: what the patient
/// has, what they are allergic to, when they were seen and what they were prescribed.
///
/// Keeping the story apart from the resources lets every resource agree with every other: a
/// drug is only prescribed for a problem the chart holds, never from a class the patient is
/// allergic to, and only at a visit that happened.
struct ChartPlan: Sendable {
    var diagnoses: [Diagnosis] = []
    var allergies: [Allergy] = []
    /// Tobacco smoking status (SNOMED CT), for patients 13 and older.
    var smoking: SeedData.Code?
    var visits: [Visit] = []
    var prescriptions: [Prescription] = []
    /// Medication classes the patient must not be given.
    var excludedClasses: Set<String> = []

    /// A chronic problem on the problem list.
    struct Diagnosis: Sendable {
        let problem: SeedData.Problem
        var onsetDay: Int64
        /// The visit that first recorded the problem.
        var visitIndex: Int
        /// Whether the problem was diagnosed at that visit, rather than known from before.
        var isNew: Bool
    }

    /// An allergy or intolerance on the chart.
    struct Allergy: Sendable {
        let allergen: SeedData.Allergen
        let reaction: SeedData.Allergen.Reaction
        /// `low` or `high`.
        let criticality: String
        var onsetDay: Int64
    }

    /// One office visit.
    struct Visit: Sendable {
        let index: Int
        var kind: SeedData.VisitType.Kind
        let day: Int64
        let start: Int64
        var end: Int64
        let clinicianIndex: Int
        /// The reason for a sick visit.
        var acuteProblem: SeedData.Problem?
        /// Keys of chronic problems reviewed at a follow-up.
        var addressed: [String] = []
        /// Keys of chronic problems first diagnosed at this visit.
        var diagnosed: [String] = []
    }

    /// A prescription written at a visit.
    struct Prescription: Sendable {
        let medication: SeedData.Medication
        /// The problem it treats; `nil` for a drug kept on hand for an allergy.
        let problemKey: String?
        let visitIndex: Int
        /// `active`, `completed` or `stopped`.
        var status: String
    }

    /// The chronic problems active on a day.
    func activeDiagnoses(on day: Int64) -> [Diagnosis] {
        diagnoses.filter { $0.onsetDay <= day }
    }

    /// The diagnosis of a chronic problem, if the chart has it.
    func diagnosis(_ key: String) -> Diagnosis? {
        diagnoses.first { $0.problem.key == key }
    }
}
