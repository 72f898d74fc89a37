import SandboxSupport

/// The stable facts of a patient's body that every visit's vital signs vary around.
struct BodyBaseline: Sendable {
    /// Adult height in centimetres; children grow toward it.
    let adultHeight: Double
    let bmi: Double
    let systolic: Double
    let diastolic: Double
    let heartRate: Double

    static func draw(
        profile: PatientProfile,
        plan: ChartPlan,
        clock: ChartClock,
        random: inout SeededGenerator
    ) -> BodyBaseline {
        let isFemale = profile.sex == "female"
        let height = random.bell(mean: isFemale ? 163 : 176, spread: isFemale ? 11 : 12)
        let isChild = clock.age(birthDay: profile.birthDay, on: clock.referenceDay) < 18
        let bmiRanges = plan.diagnoses.compactMap { $0.problem.vitalRanges["bmi"] }
        let bmiRange = isChild ? 15.0...20.5 : (bmiRanges.last ?? 19.5...29.5)
        return BodyBaseline(
            adultHeight: height,
            bmi: random.value(in: bmiRange, decimals: 1),
            systolic: random.value(in: 106...126, decimals: 0),
            diastolic: random.value(in: 64...80, decimals: 0),
            heartRate: random.value(in: 62...86, decimals: 0)
        )
    }

    /// Height at an exact age: a straight line through childhood, then a catch-up to the adult
    /// height over the teens.
    func height(atAge age: Double, isFemale: Bool) -> Double {
        let scale = adultHeight / (isFemale ? 163 : 176)
        let childHeight = { (years: Double) in (76 + 6 * years) * scale }
        if age <= 12 { return childHeight(age) }
        let span = isFemale ? 3.5 : 5.0
        let progress = min(1, (age - 12) / span)
        return childHeight(12) + (adultHeight - childHeight(12)) * progress
    }
}
