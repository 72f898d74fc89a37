import Foundation
import Testing

@testable import Seeding

@Suite struct SyntheticSeedDataTests {
    private static func copyOfSeedData() throws -> URL {
        let source = try SeedData.defaultDirectory()
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("seed-data-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let copy = parent.appendingPathComponent("SeedData", isDirectory: true)
        try FileManager.default.copyItem(at: source, to: copy)
        return copy
    }

    private static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theRepositorySeedDataLoadsAndIsConsistent() throws {
        let data = try SyntheticFixture.seedData()
        #expect(data.problems.contains { $0.key == "type-2-diabetes" && $0.kind == .chronic })
        #expect(data.medication("metformin-er-500")?.rxnorm == "860975")
        #expect(data.givenNamesFemale.count > 20 && data.familyNames.count > 50)
        #expect(data.problem("hypertension")?.vitalRanges["systolic"] == 132...156)
    }

    @Test func theEnvironmentVariableWins() throws {
        let copy = try Self.copyOfSeedData()
        let found = try SeedData.defaultDirectory(
            environment: [SeedData.directoryEnvironmentKey: copy.path],
            executablePath: "/nonexistent/bin/tool",
            currentDirectory: "/"
        )
        #expect(found.standardizedFileURL.path == copy.standardizedFileURL.path)
    }

    @Test func anEnvironmentVariableNamingAFolderWithoutAManifestIsRefused() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: SeedDataError.self) {
            try SeedData.defaultDirectory(environment: [SeedData.directoryEnvironmentKey: empty.path])
        }
    }

    @Test func theSearchWalksUpFromTheExecutable() throws {
        let copy = try Self.copyOfSeedData()
        let executable = copy.deletingLastPathComponent().appendingPathComponent(".build/debug/athena-sandbox").path
        let found = try SeedData.defaultDirectory(environment: [:], executablePath: executable, currentDirectory: "/")
        #expect(found.standardizedFileURL.path == copy.standardizedFileURL.path)
    }

    @Test func theSearchFallsBackToTheCurrentDirectory() throws {
        let copy = try Self.copyOfSeedData()
        let nested = copy.deletingLastPathComponent().appendingPathComponent("Sources/Seeding").path
        let found = try SeedData.defaultDirectory(
            environment: [:],
            executablePath: "/nonexistent/tool",
            currentDirectory: nested
        )
        #expect(found.standardizedFileURL.path == copy.standardizedFileURL.path)
    }

    @Test func noSeedDataAnywhereIsNotFound() {
        #expect(throws: SeedDataError.self) {
            try SeedData.defaultDirectory(
                environment: [:],
                executablePath: "/nonexistent/tool",
                currentDirectory: "/proc"
            )
        }
    }

    @Test func aMalformedFileIsReportedByName() throws {
        let copy = try Self.copyOfSeedData()
        try Self.replace("\"problems\": [", with: "\"problems\": {", in: copy.appendingPathComponent("problems.json"))
        let error = try #require(throws: SeedDataError.self) { try SeedData.load(from: copy) }
        #expect(error.description.contains("problems.json"))
    }

    @Test func anUnknownMedicationKeyIsRefused() throws {
        let copy = try Self.copyOfSeedData()
        try Self.replace(
            "\"metformin-er-500\"] }",
            with: "\"no-such-drug\"] }",
            in: copy.appendingPathComponent("problems.json")
        )
        let error = try #require(throws: SeedDataError.self) { try SeedData.load(from: copy) }
        #expect(error.description.contains("no-such-drug"))
    }

    @Test func aMissingFileIsUnreadable() throws {
        let copy = try Self.copyOfSeedData()
        try FileManager.default.removeItem(at: copy.appendingPathComponent("vaccines.json"))
        let error = try #require(throws: SeedDataError.self) { try SeedData.load(from: copy) }
        #expect(error.description.contains("vaccines.json"))
    }

    @Test func everyNameListEntryIsPlainASCII() throws {
        let data = try SyntheticFixture.seedData()
        let names = data.givenNamesFemale + data.givenNamesMale + data.familyNames + data.streetNames
        #expect(names.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    }
}
