import SandboxSupport

/// What a visit produced so far: its resources, and the facts its note repeats.
struct VisitRecord: Sendable {
    let encounterID: String
    var resources: [JSONValue] = []
    var vitals: VitalSigns?
    var diagnoses: [SeedData.Problem] = []
    var labPanels: [String] = []
    /// `LDL 142 mg/dL (H)` for each result outside its reference range.
    var abnormalResults: [String] = []
    var prescriptions: [String] = []
    var vaccines: [String] = []
    var procedures: [String] = []
    /// The latest time anything in the batch was recorded or issued.
    var latest: Int64

    init(encounterID: String, latest: Int64) {
        self.encounterID = encounterID
        self.latest = latest
    }
}
