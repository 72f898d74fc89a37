package import SandboxSupport

/// A deterministic athenaOne-shaped practice full of synthetic patients, as FHIR R4 resources.
///
/// The same configuration always gives the same resources, byte for byte. The practice (its
/// departments, clinicians and payers) is drawn from a random stream of its own, and each
/// patient's chart from streams named after the patient's number, so adding patients or
/// changing one chart leaves every other chart unchanged.
///
/// Resources carry no `meta`: the layer that stores them stamps versions and the practice
/// extension.
///
/// ```swift
/// let data = try SeedData.load(from: try SeedData.defaultDirectory())
/// let practice = SyntheticPractice(configuration: .init(seedData: data, patientCount: 10))
/// let practiceLevel = practice.makePracticeResources()
/// for number in practice.patientNumbers {
///     let chart = practice.makeChart(patientNumber: number)
///     // chart.patientID files chart.resources under one patient compartment.
/// }
/// ```
package struct SyntheticPractice: Sendable {
    package let configuration: Configuration
    let roster: PracticeRoster
    let clock: ChartClock

    /// The number of the first patient; patient ids run `a-{practice}.E-1001`, `…E-1002`, and on.
    package static let firstPatientNumber = 1001

    package init(configuration: Configuration) {
        self.configuration = configuration
        clock = ChartClock(referenceInstant: configuration.referenceInstant, offsetMinutes: configuration.offsetMinutes)
        roster = PracticeRoster.draw(
            from: configuration.seedData,
            practiceID: configuration.practiceID,
            seed: configuration.seed
        )
    }

    /// The patient numbers of the practice, in order.
    package var patientNumbers: Range<Int> {
        Self.firstPatientNumber..<(Self.firstPatientNumber + max(0, configuration.patientCount))
    }

    /// The practice-level resources: the practice Organization, department Organizations, their
    /// Locations, the Practitioners and the payer Organizations, in that order.
    package func makePracticeResources() -> [JSONValue] {
        roster.makeResources()
    }

    /// One patient's chart. Charts do not depend on one another or on the patient count.
    package func makeChart(patientNumber: Int) -> SyntheticChart {
        let data = configuration.seedData
        let seed = configuration.seed
        var demographics = SeededGenerator(seed: seed, stream: "patient-\(patientNumber)")
        var clinical = SeededGenerator(seed: seed, stream: "chart-\(patientNumber)")
        let profile = PatientProfile.draw(
            number: patientNumber,
            data: data,
            roster: roster,
            clock: clock,
            random: &demographics
        )
        let plan = ChartPlanner(data: data, roster: roster, clock: clock, profile: profile).draw(random: &clinical)
        var builder = ChartBuilder(
            data: data,
            roster: roster,
            clock: clock,
            profile: profile,
            plan: plan,
            random: clinical
        )
        return SyntheticChart(patientID: profile.id, resources: builder.build())
    }

    /// Hands every resource of the practice to `body` in the order of ``makeResources()``,
    /// holding one chart in memory at a time.
    package func forEachResource(_ body: (JSONValue) throws -> Void) rethrows {
        for resource in makePracticeResources() {
            try body(resource)
        }
        for number in patientNumbers {
            for resource in makeChart(patientNumber: number).resources {
                try body(resource)
            }
        }
    }

    /// Every resource of the practice in a fixed order: the practice-level resources, then
    /// each patient's chart in patient-number order.
    package func makeResources() -> [JSONValue] {
        var resources: [JSONValue] = []
        forEachResource { resources.append($0) }
        return resources
    }
}
