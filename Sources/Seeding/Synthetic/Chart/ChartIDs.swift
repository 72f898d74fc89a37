import Athena

/// Hands out the ids of one patient's resources.
///
/// A resource's number is the patient's number times 1,000 plus a counter per resource type,
/// so `a-195900.ENC-1001003` is patient 1001's third encounter. Ids depend on nothing outside
/// the chart, so one patient's chart keeps its ids when another's changes.
struct ChartIDs: Sendable {
    let practiceID: Int
    let patientNumber: Int
    private var counters: [String: Int] = [:]

    /// How many resources of one type a chart may hold.
    static let capacity = 999

    init(practiceID: Int, patientNumber: Int) {
        self.practiceID = practiceID
        self.patientNumber = patientNumber
    }

    /// The next id for a resource of `type` (a FHIR resource type name).
    mutating func next(_ type: String) -> String {
        guard let kind = AthenaID.kindByType[type] else { fatalError("no id kind for \(type)") }
        let count = (counters[type] ?? 0) + 1
        guard count <= Self.capacity else { fatalError("a chart holds at most \(Self.capacity) \(type)") }
        counters[type] = count
        return AthenaID.resource(practice: practiceID, kind: kind, number: patientNumber * 1000 + count)
    }
}
