import Foundation
import Testing

@testable import Seeding

@Suite struct SyntheticSeedDataTests {
    @Test func theRepositorySeedDataLoadsAndIsConsistent() throws {
        let data = try SeedData.load(from: try SeedData.defaultDirectory())
        #expect(data.problems.contains { $0.key == "type-2-diabetes" })
        #expect(data.medication("metformin-er-500")?.rxnorm == "860975")
        #expect(data.givenNamesFemale.count > 20)
        #expect(data.visitType(.wellness) != nil)
    }
}
