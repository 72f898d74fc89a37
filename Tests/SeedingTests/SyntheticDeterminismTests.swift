import SandboxSupport
import Testing

@testable import Seeding

@Suite struct SyntheticDeterminismTests {
    @Test func theSameSeedGivesIdenticalCanonicalBytes() throws {
        let first = try SyntheticFixture.resources().map { $0.canonicalBytes() }
        let second = try SyntheticFixture.practice(patientCount: 50).makeResources().map { $0.canonicalBytes() }
        #expect(first.count == second.count)
        #expect(first == second)
    }

    @Test func aDifferentSeedGivesADifferentPractice() throws {
        let one = try SyntheticFixture.practice(seed: 1, patientCount: 3)
        let two = try SyntheticFixture.practice(seed: 2, patientCount: 3)
        let firstPatient = SyntheticPractice.firstPatientNumber
        let patientOne = one.makeChart(patientNumber: firstPatient).resources[0].canonicalBytes()
        let patientTwo = two.makeChart(patientNumber: firstPatient).resources[0].canonicalBytes()
        #expect(patientOne != patientTwo)
        #expect(one.makeResources().map { $0.canonicalBytes() } != two.makeResources().map { $0.canonicalBytes() })
    }

    @Test func aPatientsChartDoesNotChangeWhenThePracticeGrows() throws {
        let small = try SyntheticFixture.practice(patientCount: 4).makeResources()
        let large = try SyntheticFixture.practice(patientCount: 9).makeResources()
        #expect(large.count > small.count)
        #expect(Array(large.prefix(small.count)).map { $0.canonicalBytes() } == small.map { $0.canonicalBytes() })
    }

    @Test func aChartCanBeMadeAloneAndMatchesTheFullRun() throws {
        let practice = try SyntheticFixture.practice(patientCount: 6)
        let all = practice.makeResources().map { $0.canonicalBytes() }
        let number = SyntheticPractice.firstPatientNumber + 4
        let chart = practice.makeChart(patientNumber: number)
        #expect(chart.patientID == "a-195900.E-\(number)")
        #expect(chart.resources.first?["resourceType"]?.stringValue == "Patient")
        let bytes = chart.resources.map { $0.canonicalBytes() }
        let start = try #require(all.firstIndex(of: bytes[0]))
        #expect(Array(all[start..<(start + bytes.count)]) == bytes)
    }

    @Test func practiceResourcesComeFirstInTheDocumentedOrder() throws {
        let resources = try SyntheticFixture.resources()
        let types = resources.prefix { $0["resourceType"]?.stringValue != "Patient" }.map {
            $0["resourceType"]?.stringValue ?? ""
        }
        let practitionerStart = try #require(types.firstIndex(of: "Practitioner"))
        let locationStart = try #require(types.firstIndex(of: "Location"))
        #expect(resources[0]["id"]?.stringValue == "a-1.Practice-195900")
        #expect(types[1..<locationStart].allSatisfy { $0 == "Organization" })
        #expect(types[locationStart..<practitionerStart].allSatisfy { $0 == "Location" })
        #expect(types.last == "Organization")
        let practiceName = try #require(resources[0]["name"]?.stringValue)
        #expect(practiceName.hasSuffix("(Sandbox)"))
    }

    @Test func resourcesCarryNoMeta() throws {
        #expect(try SyntheticFixture.resources().allSatisfy { $0["meta"] == nil })
    }
}
