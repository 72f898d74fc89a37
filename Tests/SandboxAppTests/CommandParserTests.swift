import SandboxApp
import Testing

@Suite struct CommandParserTests {
    @Test func noArgumentsAsksForHelp() throws {
        #expect(try CommandParser.parse([]) == .help(subcommand: nil))
        #expect(try CommandParser.parse(["serve", "--help"]) == .help(subcommand: "serve"))
        #expect(try CommandParser.parse(["help", "import"]) == .help(subcommand: "import"))
    }

    @Test func serveTakesItsOptionsInBothForms() throws {
        var expected = ServeOptions()
        expected.port = 0
        expected.database = "x.sqlite"
        expected.patients = 7
        expected.seed = 9
        #expect(
            try CommandParser.parse(["serve", "--port", "0", "--db=x.sqlite", "--patients", "7", "--seed=9"])
                == .serve(expected)
        )
    }

    @Test func importCollectsFiles() throws {
        var expected = ImportOptions()
        expected.files = ["a.json", "b.json"]
        #expect(try CommandParser.parse(["import", "a.json", "b.json"]) == .importBundles(expected))
    }

    @Test(arguments: [
        (["bogus"], "unknown subcommand 'bogus'"),
        (["serve", "--port"], "--port needs a value"),
        (["serve", "--port", "70000"], "--port takes a whole number from 0 to 65535, not '70000'"),
        (["serve", "--verbose"], "unknown option '--verbose' for serve"),
        (["seed", "--patients", "0"], "--patients takes a whole number from 1 to 100000, not '0'"),
        (["seed", "--seed", "-1"], "--seed takes a whole number of 0 or more, not '-1'"),
        (["import"], "import needs at least one bundle file"),
        (
            ["serve", "--log-level", "loud"],
            "--log-level takes one of trace, debug, info, notice, warning, error, critical, not 'loud'"
        ),
    ])
    func badArgumentsAreUsageErrors(_ arguments: [String], _ message: String) {
        #expect(throws: UsageError.self) { try CommandParser.parse(arguments) }
        do {
            _ = try CommandParser.parse(arguments)
        } catch {
            #expect(error.message == message)
        }
    }
}
