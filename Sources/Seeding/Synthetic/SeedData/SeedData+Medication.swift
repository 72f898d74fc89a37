extension SeedData {
    /// A drug the generator prescribes, coded in RxNorm.
    package struct Medication: Sendable, Decodable {
        package var key: String
        package var rxnorm: String
        package var display: String
        /// The sig as a prescriber writes it.
        package var dosage: String
        /// Ingredient classes an allergy or a problem can rule out.
        package var classes: [String]
        package var asNeeded: Bool?
        /// The length of a short course; absent for long-term drugs.
        package var courseDays: Int?
    }

    /// A substance a patient can be allergic to, with the reactions it causes.
    package struct Allergen: Sendable, Decodable {
        package var key: String
        /// `rxnorm` or `snomed`.
        package var system: String
        package var code: String
        package var display: String
        package var text: String
        /// `medication`, `food` or `environment`.
        package var category: String
        /// `allergy` or `intolerance`.
        package var type: String
        /// The medication classes this allergy rules out.
        package var classes: [String]
        package var weight: Double
        package var minimumAge: Int?
        package var maximumAge: Int?
        package var highCriticalityChance: Double
        package var reactions: [Reaction]

        /// One reaction an allergen causes, coded in SNOMED CT.
        package struct Reaction: Sendable, Decodable {
            package var code: String
            package var display: String
            /// `mild`, `moderate` or `severe`.
            package var severity: String
        }

        func fits(age: Int) -> Bool {
            age >= (minimumAge ?? 0) && age <= (maximumAge ?? Int.max)
        }
    }
}
