/// The help the command prints, one block per subcommand.
package enum HelpText {
    static let subcommands = ["serve", "seed", "import", "clients", "audit"]

    package static func text(for subcommand: String?) -> String {
        switch subcommand {
        case "serve": serve
        case "seed": seed
        case "import": importBundles
        case "clients": clients
        case "audit": audit
        default: overview
        }
    }

    static let overview = """
        OVERVIEW: An offline, deterministic simulator of athenaOne's APIs for testing integrations.

        USAGE: athena-sandbox <subcommand> [options]

        SUBCOMMANDS:
          serve                   Serve the sandbox, seeding the database first when it is empty.
          seed                    Rebuild the database from synthetic patients.
          import                  Load FHIR Bundles (such as Synthea output) into the database.
          clients                 List the OAuth clients, with their secrets, kinds and scopes.
          audit                   Show the audit log: every request the sandbox answered.

        OPTIONS:
          -h, --help              Show help for the tool or, after a subcommand, for it.
          --version               Show the version.

        See 'athena-sandbox <subcommand> --help' for a subcommand's options.

        """

    static let serve = """
        OVERVIEW: Serve the sandbox, seeding the database first when it is empty.

        USAGE: athena-sandbox serve [--host <host>] [--port <port>] [--db <path>] [--seed <n>] [--patients <n>]
                                    [--profile <profile>] [--clock <mode>] [--faults <file>] [--fault <rule>]...
                                    [--admin-token <token>] [--log-level <level>]

        OPTIONS:
          --host <host>           The address to listen on. (default: 127.0.0.1)
          --port <port>           The port to listen on; 0 picks a free one and prints it. (default: 8080)
          --db <path>             The SQLite database file. (default: var/athena-sandbox.sqlite)
          --seed <n>              The seed for synthetic patients when the database is empty. (default: 1)
          --patients <n>          How many patients to make when the database is empty. (default: 50)
          --profile <profile>     preview (5 tokens a minute per client) or production (50). (default: preview)
          --clock <mode>          fixed (starts at 2026-01-15T14:00:00Z and moves only when advanced) or
                                  wall (runs with the real clock). (default: fixed)
          --faults <file>         Fault rules to load at start-up (JSON; see SeedData/README.md).
          --fault <rule>          One fault rule in the one-line form, such as
                                  'status=503,path=/fhir/r4/**,times=2'. Repeatable.
          --admin-token <token>   The token /_sandbox requests must carry when --host is not a loopback
                                  address; one is generated and printed when not given.
          --log-level <level>     trace, debug, info, notice, warning, error or critical. (default: info)
          -h, --help              Show this help.

        """

    static let clients = """
        OVERVIEW: List the OAuth clients a database holds, with their secrets, kinds and scopes.

        USAGE: athena-sandbox clients [--db <path>] [--json]

        OPTIONS:
          --db <path>             The SQLite database file. (default: var/athena-sandbox.sqlite)
          --json                  Print a JSON array instead of a table.
          -h, --help              Show this help.

        """

    static let audit = """
        OVERVIEW: Show the audit log: every request the sandbox answered, faults and auth failures included.

        USAGE: athena-sandbox audit [--db <path>] [--format <format>] [filters]

        OPTIONS:
          --db <path>             The SQLite database file; its log is <path>.audit.sqlite.
                                  (default: var/athena-sandbox.sqlite)
          --format <format>       table, jsonl or bundle (a FHIR Bundle of AuditEvents). (default: table)
          --after <n>             Only entries after this sequence number.
          --since <instant>       Only entries at or after this simulated instant or date.
          --until <instant>       Only entries before this simulated instant or date.
          --client <id>           Only this client's requests.
          --family <family>       fhir, oauth, v1, anthropic, openai, admin or other.
          --method <method>       Only this HTTP method.
          --status <status>       An exact status (404) or a class (4xx).
          --path <prefix>         Only paths starting with this.
          --patient <id>          Only requests about this patient.
          --request-id <id>       Only this request.
          --fault <rule>          any, none, or a fault rule id.
          --limit <n>             At most this many entries. (default: 1000)
          -h, --help              Show this help.

        """

    static let seed = """
        OVERVIEW: Rebuild the database from synthetic patients; the same seed gives the same bytes.

        USAGE: athena-sandbox seed [--db <path>] [--seed <n>] [--patients <n>]

        OPTIONS:
          --db <path>             The SQLite database file. (default: var/athena-sandbox.sqlite)
          --seed <n>              The seed. (default: 1)
          --patients <n>          How many patients to make, 1 to 100000. (default: 50)
          -h, --help              Show this help.

        """

    static let importBundles = """
        OVERVIEW: Load FHIR Bundles (transaction, batch or collection) into the database.

        Each file is loaded whole or not at all. References are rewritten to athenaOne-shaped ids,
        the original ids are kept as identifiers, and types athenaOne does not serve are skipped.

        USAGE: athena-sandbox import [--db <path>] <file> ...

        ARGUMENTS:
          <file>                  A JSON file holding one FHIR Bundle.

        OPTIONS:
          --db <path>             The SQLite database file. (default: var/athena-sandbox.sqlite)
          -h, --help              Show this help.

        """
}
