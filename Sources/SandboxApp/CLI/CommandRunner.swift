import Foundation
import SandboxHTTP
import SandboxSupport

/// Runs a parsed ``Command``: results to standard output, problems to standard error.
package enum CommandRunner {
    /// Exit statuses.
    package enum ExitCode {
        package static let success: Int32 = 0
        package static let failure: Int32 = 1
        package static let usage: Int32 = 64
    }

    package static let version = "0.1.0"

    /// Parses and runs `arguments` (without the program name).
    package static func main(_ arguments: [String]) -> Int32 {
        let command: Command
        do {
            command = try CommandParser.parse(arguments)
        } catch {
            printError("Error: \(error.message)\n\n" + HelpText.text(for: error.subcommand))
            return ExitCode.usage
        }
        do {
            return try run(command)
        } catch {
            printError("Error: \(error)")
            return ExitCode.failure
        }
    }

    static func run(_ command: Command) throws -> Int32 {
        switch command {
        case .help(let subcommand):
            printOutput(HelpText.text(for: subcommand))
            return ExitCode.success
        case .version:
            printOutput("athena-sandbox \(version)")
            return ExitCode.success
        case .serve(let options):
            return try ServeCommand(options: options).run()
        case .seed(let options):
            return try SeedCommand(options: options).run()
        case .importBundles(let options):
            return try ImportCommand(options: options).run()
        case .clients(let options):
            return try ClientsCommand(options: options).run()
        case .audit(let options):
            return try AuditCommand(options: options).run()
        }
    }

    static func printOutput(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
