import SandboxSupport

/// Writes one patient's chart as FHIR resources, following a ``ChartPlan``.
///
/// The chart comes out in a fixed order: the Patient, its Coverage and CareTeam, allergies and
/// the problem list, then each visit's batch (the Encounter and everything recorded at it,
/// closed by a Provenance), then goals, the care plan and a Provenance for the chart-level
/// resources.
struct ChartBuilder {
    let data: SeedData
    let roster: PracticeRoster
    let clock: ChartClock
    let profile: PatientProfile
    let plan: ChartPlan
    var ids: ChartIDs
    var random: SeededGenerator
    var resources: [JSONValue] = []

    let coverageID: String
    let careTeamID: String
    let allergyIDs: [String]
    /// Problem-list Condition ids, by problem key.
    let problemIDs: [String: String]
    let body: BodyBaseline
    /// Vaccine keys already given, and influenza seasons already covered.
    var givenVaccines: Set<String> = []
    var fluSeasons: Set<Int> = []

    init(
        data: SeedData,
        roster: PracticeRoster,
        clock: ChartClock,
        profile: PatientProfile,
        plan: ChartPlan,
        random: SeededGenerator
    ) {
        self.data = data
        self.roster = roster
        self.clock = clock
        self.profile = profile
        self.plan = plan
        self.random = random
        var ids = ChartIDs(practiceID: roster.practiceID, patientNumber: profile.number)
        coverageID = ids.next("Coverage")
        careTeamID = ids.next("CareTeam")
        allergyIDs = plan.allergies.map { _ in ids.next("AllergyIntolerance") }
        problemIDs = Dictionary(uniqueKeysWithValues: plan.diagnoses.map { ($0.problem.key, ids.next("Condition")) })
        self.ids = ids
        body = BodyBaseline.draw(profile: profile, plan: plan, clock: clock, random: &self.random)
    }

    /// Every resource of the chart, in order.
    mutating func build() -> [JSONValue] {
        resources.append(profile.makeResource(roster: roster, clock: clock))
        resources.append(makeCoverage())
        resources.append(makeCareTeam())
        resources += plan.allergies.indices.map(makeAllergy)
        resources += plan.diagnoses.map(makeProblemListCondition)
        for visit in plan.visits {
            buildVisit(visit)
        }
        let goalIDs = buildGoals()
        let carePlanID = buildCarePlan(goalIDs: goalIDs)
        resources.append(makeChartProvenance(goalIDs: goalIDs, carePlanID: carePlanID))
        return resources
    }

    // MARK: - Shared pieces

    var patientReference: JSONValue {
        ChartElement.reference("Patient", profile.id, display: profile.displayName)
    }

    func clinicianReference(_ index: Int) -> JSONValue {
        let clinician = roster.clinicians[index]
        return ChartElement.reference("Practitioner", clinician.id, display: clinician.displayName)
    }

    var primaryClinicianIndex: Int { profile.primaryClinicianIndex }

    func age(on day: Int64) -> Int { clock.age(birthDay: profile.birthDay, on: day) }
}
