import Foundation
import Testing

/// Runs the built `athena-sandbox` binary as a user would.
@Suite struct ExecutableTests {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    static var binary: URL {
        // The test bundle sits next to the executable in the build folder.
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1,
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("athena-sandbox").path)
        {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("athena-sandbox")
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self)
        )
    }

    @Test func helpGoesToStandardOutputWithEverySection() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        for section in ["OVERVIEW:", "USAGE: athena-sandbox <subcommand>", "SUBCOMMANDS:", "OPTIONS:"] {
            #expect(result.output.contains(section))
        }
        for subcommand in ["serve", "seed", "import"] {
            let help = try Self.run([subcommand, "--help"])
            #expect(help.status == 0)
            #expect(help.output.contains("USAGE: athena-sandbox \(subcommand)"))
        }
    }

    @Test func aUsageErrorGoesToStandardErrorWithExit64() throws {
        let result = try Self.run(["serve", "--port", "nope"])
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("Error: --port takes a whole number from 0 to 65535, not 'nope'\n"))
        #expect(result.error.contains("USAGE: athena-sandbox serve"))
    }

    @Test func aPortInUseIsAOneLineError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("db.sqlite").path
        _ = try Self.run(["seed", "--db", database, "--patients", "1"])

        let first = Process()
        first.executableURL = Self.binary
        first.arguments = ["serve", "--port", "0", "--db", database]
        let output = Pipe()
        first.standardOutput = output
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer {
            first.terminate()
            first.waitUntilExit()
        }
        let line = try #require(Self.readLine(from: output.fileHandleForReading))
        let port = try #require(line.split(separator: ":").last.map(String.init))

        let second = try Self.run(["serve", "--port", port, "--db", database])
        #expect(second.status == 1)
        #expect(second.error.contains("address already in use"))
        #expect(second.error.split(separator: "\n").count == 1)
    }

    @Test func importOfAMissingFileNamesItAndFails() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run([
            "import", "--db", directory.appendingPathComponent("db.sqlite").path, "/nonexistent/bundle.json",
        ])
        #expect(result.status == 1)
        #expect(result.error == "Error: /nonexistent/bundle.json: the file cannot be read\n")
    }

    static func readLine(from handle: FileHandle) -> String? {
        var bytes: [UInt8] = []
        while true {
            let data = handle.readData(ofLength: 1)
            guard let byte = data.first else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}
