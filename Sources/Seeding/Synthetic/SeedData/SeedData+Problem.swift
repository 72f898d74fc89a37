extension SeedData {
    /// A problem a chart can hold, with the drugs, tests and goals that go with it.
    package struct Problem: Sendable, Decodable {
        /// Whether the problem stays on the problem list or resolves after one visit.
        package enum Kind: String, Sendable, Decodable {
            case chronic
            case acute
        }

        package var key: String
        package var kind: Kind
        /// A short name for notes and narrative.
        package var text: String
        package var snomed: Code
        package var icd10: Code
        package var minimumAge: Int
        package var maximumAge: Int?
        /// `female` or `male` when only one administrative sex is affected.
        package var sex: String?
        /// For chronic problems: the chance a patient old enough has it.
        package var prevalence: Double
        /// How much more likely the problem is in female patients.
        package var femaleFactor: Double
        /// For acute problems: the relative weight among sick-visit reasons.
        package var weight: Double
        /// Problems a patient with this one cannot also have.
        package var excludes: [String]
        /// Medication classes a patient with this problem must not be prescribed.
        package var avoidClasses: [String]
        package var medications: [MedicationSlot]
        package var labPanels: [String]
        /// Result ranges, by lab test key, while the problem is active.
        package var labRanges: [String: ClosedRange<Double>]
        /// Vital sign ranges, by vital key, while the problem is active.
        package var vitalRanges: [String: ClosedRange<Double>]
        /// Result ranges once a drug for the problem has been prescribed.
        package var treatedLabRanges: [String: ClosedRange<Double>]
        /// Vital sign ranges once a drug for the problem has been prescribed.
        package var treatedVitalRanges: [String: ClosedRange<Double>]
        package var procedures: [Chance]
        package var goal: GoalTemplate?
        /// The care-plan activity for a chronic problem.
        package var plan: String?
        /// For acute problems: how long until the problem resolves.
        package var resolvesInDays: Int

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = try container.decode(String.self, forKey: .key)
            kind = try container.decode(Kind.self, forKey: .kind)
            text = try container.decode(String.self, forKey: .text)
            snomed = try container.decode(Code.self, forKey: .snomed)
            icd10 = try container.decode(Code.self, forKey: .icd10)
            minimumAge = try container.decodeIfPresent(Int.self, forKey: .minimumAge) ?? 0
            maximumAge = try container.decodeIfPresent(Int.self, forKey: .maximumAge)
            sex = try container.decodeIfPresent(String.self, forKey: .sex)
            prevalence = try container.decodeIfPresent(Double.self, forKey: .prevalence) ?? 0
            femaleFactor = try container.decodeIfPresent(Double.self, forKey: .femaleFactor) ?? 1
            weight = try container.decodeIfPresent(Double.self, forKey: .weight) ?? 1
            excludes = try container.decodeIfPresent([String].self, forKey: .excludes) ?? []
            avoidClasses = try container.decodeIfPresent([String].self, forKey: .avoidClasses) ?? []
            medications = try container.decodeIfPresent([MedicationSlot].self, forKey: .medications) ?? []
            labPanels = try container.decodeIfPresent([String].self, forKey: .labPanels) ?? []
            labRanges = try Self.decodeRanges(container, .labRanges)
            vitalRanges = try Self.decodeRanges(container, .vitalRanges)
            treatedLabRanges = try Self.decodeRanges(container, .treatedLabRanges)
            treatedVitalRanges = try Self.decodeRanges(container, .treatedVitalRanges)
            procedures = try container.decodeIfPresent([Chance].self, forKey: .procedures) ?? []
            goal = try container.decodeIfPresent(GoalTemplate.self, forKey: .goal)
            plan = try container.decodeIfPresent(String.self, forKey: .plan)
            resolvesInDays = try container.decodeIfPresent(Int.self, forKey: .resolvesInDays) ?? 14
        }

        /// Whether a patient of this age and sex can have the problem.
        func fits(age: Int, sex patientSex: String) -> Bool {
            guard age >= minimumAge else { return false }
            if let maximumAge, age > maximumAge { return false }
            if let sex, sex != patientSex { return false }
            return true
        }

        private enum CodingKeys: String, CodingKey {
            case key, kind, text, snomed, icd10, minimumAge, maximumAge, sex, prevalence, femaleFactor, weight
            case excludes, avoidClasses, medications, labPanels, labRanges, vitalRanges, treatedLabRanges
            case treatedVitalRanges, procedures, goal, plan, resolvesInDays
        }

        private static func decodeRanges(
            _ container: KeyedDecodingContainer<CodingKeys>,
            _ key: CodingKeys
        ) throws -> [String: ClosedRange<Double>] {
            let pairs = try container.decodeIfPresent([String: [Double]].self, forKey: key) ?? [:]
            return try pairs.mapValues { bounds in
                guard bounds.count == 2, bounds[0] <= bounds[1] else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key,
                        in: container,
                        debugDescription: "a range is written as [low, high]"
                    )
                }
                return bounds[0]...bounds[1]
            }
        }
    }

    /// One drug slot of a problem's treatment: one of `choices` is prescribed.
    package struct MedicationSlot: Sendable, Decodable {
        package var choices: [String]
        /// The choices for patients under 12, when they differ.
        package var childChoices: [String]?
        /// The chance the slot is filled at all.
        package var chance: Double?

        func choices(forAge age: Int) -> [String] {
            age < 12 ? (childChoices ?? choices) : choices
        }
    }

    /// Something that happens with a given chance from a minimum age on.
    package struct Chance: Sendable, Decodable {
        package var key: String
        package var chance: Double
        package var minimumAge: Int?
    }

    /// The goal a chronic problem's care plan sets.
    package struct GoalTemplate: Sendable, Decodable {
        package var text: String
        /// The LOINC code of the measure, when the goal has a number.
        package var measure: Measure?
        package var comparator: String?
        package var value: Double?
        package var unit: String?
        /// How many months after it is set the goal is due.
        package var months: Int

        /// A LOINC-coded measure a goal targets.
        package struct Measure: Sendable, Decodable {
            package var loinc: String
            package var display: String
        }
    }
}
