package import Foundation

extension SeedData {
    /// The environment variable that names the seed data folder explicitly.
    package static let directoryEnvironmentKey = "ATHENA_SANDBOX_SEED_DATA"

    /// Finds the `SeedData` folder the sandbox should read.
    ///
    /// The folder named by `ATHENA_SANDBOX_SEED_DATA` wins. Otherwise the search walks up from
    /// the running executable, then from the current directory, and takes the first folder named
    /// `SeedData` that holds a `manifest.json`. A built binary inside `.build` thus finds the
    /// repository's folder, and so does a test run.
    ///
    /// - Parameters:
    ///   - environment: The process environment.
    ///   - executablePath: The running executable; `nil` reads `/proc/self/exe` or `argv[0]`.
    ///   - currentDirectory: Where relative paths start; `nil` uses the process's directory.
    /// - Returns: The folder's URL.
    /// - Throws: ``SeedDataError/notFound`` when no such folder exists, or when the environment
    ///   variable names a folder without a manifest.
    package static func defaultDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = nil,
        currentDirectory: String? = nil
    ) throws -> URL {
        let current = currentDirectory ?? FileManager.default.currentDirectoryPath
        if let explicit = environment[directoryEnvironmentKey], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: current, isDirectory: true))
            guard hasManifest(url) else { throw SeedDataError.notFound }
            return url.standardizedFileURL
        }
        let starts = [executablePath ?? runningExecutablePath(), current].compactMap { $0 }
        for start in starts {
            let url = URL(fileURLWithPath: start, relativeTo: URL(fileURLWithPath: current, isDirectory: true))
            if let found = search(upFrom: url.standardizedFileURL) { return found }
        }
        throw SeedDataError.notFound
    }

    private static func search(upFrom start: URL) -> URL? {
        var directory = start
        for _ in 0..<64 {
            let candidate = directory.appendingPathComponent("SeedData", isDirectory: true)
            if hasManifest(candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
        return nil
    }

    private static func hasManifest(_ directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(manifestFileName).path)
    }

    private static func runningExecutablePath() -> String? {
        if let linked = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return linked
        }
        return CommandLine.arguments.first
    }
}
