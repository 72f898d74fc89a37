import SandboxSupport

/// One visit's vital signs.
struct VitalSigns: Sendable {
    var systolic: Double
    var diastolic: Double
    var heartRate: Double
    var respiratoryRate: Double
    /// Degrees Celsius.
    var temperature: Double
    /// Kilograms.
    var weight: Double
    /// Centimetres.
    var height: Double
    var bmi: Double
    var oxygenSaturation: Double

    /// Draws plausible vitals for the patient's age, shifted by the problems active at the visit.
    ///
    /// `ranges` holds the vital ranges of the active problems, by vital key (`systolic`,
    /// `heartRate`, `temperature`, ...); a key it lacks falls back to the normal range for the age.
    static func draw(
        body: BodyBaseline,
        exactAge: Double,
        isFemale: Bool,
        ranges: [String: ClosedRange<Double>],
        random: inout SeededGenerator
    ) -> VitalSigns {
        let height = SeededGenerator.round(body.height(atAge: exactAge, isFemale: isFemale), decimals: 1)
        let bmi = body.bmi * random.value(in: 0.97...1.03, decimals: 3)
        let weight = SeededGenerator.round(bmi * height * height / 10_000, decimals: 1)
        let child = exactAge < 18
        let systolic = ranges["systolic"] ?? (child ? 92...112 : (body.systolic - 6)...(body.systolic + 6))
        let diastolic = ranges["diastolic"] ?? (child ? 55...72 : (body.diastolic - 5)...(body.diastolic + 5))
        return VitalSigns(
            systolic: random.value(in: systolic, decimals: 0),
            diastolic: random.value(in: diastolic, decimals: 0),
            heartRate: random.value(in: ranges["heartRate"] ?? restingHeartRate(exactAge, body), decimals: 0),
            respiratoryRate: random.value(in: ranges["respiratoryRate"] ?? respiratoryRate(exactAge), decimals: 0),
            temperature: random.value(in: ranges["temperature"] ?? 36.4...37.2, decimals: 1),
            weight: weight,
            height: height,
            bmi: SeededGenerator.round(weight / (height * height / 10_000), decimals: 1),
            oxygenSaturation: random.value(in: ranges["oxygenSaturation"] ?? 96...100, decimals: 0)
        )
    }

    private static func restingHeartRate(_ age: Double, _ body: BodyBaseline) -> ClosedRange<Double> {
        switch age {
        case ..<6: 88...118
        case ..<12: 74...104
        case ..<18: 64...96
        default: (body.heartRate - 6)...(body.heartRate + 6)
        }
    }

    private static func respiratoryRate(_ age: Double) -> ClosedRange<Double> {
        switch age {
        case ..<6: 20...28
        case ..<12: 17...23
        case ..<18: 14...20
        default: 12...18
        }
    }
}
