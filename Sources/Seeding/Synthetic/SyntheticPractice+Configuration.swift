extension SyntheticPractice {
    /// What practice to generate.
    package struct Configuration: Sendable {
        /// The seed every random stream derives from. The default, 1, is the seed a sandbox
        /// uses when none is given.
        package var seed: UInt64
        package var patientCount: Int
        /// The athenaOne practice id; 195900 is the id athena's own preview sandbox uses.
        package var practiceID: Int
        /// "Today" for the charts, in milliseconds since 1970: no visit, result or note is
        /// dated after it.
        package var referenceInstant: Int64
        /// The practice's fixed UTC offset; every dateTime is written in it.
        package var offsetMinutes: Int
        package var seedData: SeedData

        /// 2026-01-15T14:00:00Z.
        package static let defaultReferenceInstant: Int64 = 1_768_485_600_000

        package init(
            seedData: SeedData,
            seed: UInt64 = 1,
            patientCount: Int = 50,
            practiceID: Int = 195_900,
            referenceInstant: Int64 = Configuration.defaultReferenceInstant,
            offsetMinutes: Int = -300
        ) {
            self.seedData = seedData
            self.seed = seed
            self.patientCount = patientCount
            self.practiceID = practiceID
            self.referenceInstant = referenceInstant
            self.offsetMinutes = offsetMinutes
        }
    }
}
