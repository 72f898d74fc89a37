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

    @Test func serveTakesFaultsProfileAndClock() throws {
        var expected = ServeOptions()
        expected.faultFile = "rules.json"
        expected.faults = ["status=503,times=1", "reset,path=/fhir/r4/Patient"]
        expected.profile = "production"
        expected.clock = "wall"
        let arguments = [
            "serve", "--faults", "rules.json", "--fault", "status=503,times=1", "--fault",
            "reset,path=/fhir/r4/Patient",
            "--profile", "production", "--clock", "wall",
        ]
        #expect(try CommandParser.parse(arguments) == .serve(expected))
    }

    @Test func auditTakesFiltersAsOptions() throws {
        var expected = AuditOptions()
        expected.format = "jsonl"
        expected.filters = ["status": "4xx", "requestId": "sbx-1", "after": "10"]
        let arguments = ["audit", "--format", "jsonl", "--status", "4xx", "--request-id", "sbx-1", "--after", "10"]
        #expect(try CommandParser.parse(arguments) == .audit(expected))
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
