/// What the command line asked for, parsed and checked, before anything runs.
package enum Command: Equatable, Sendable {
    case serve(ServeOptions)
    case seed(SeedOptions)
    case importBundles(ImportOptions)
    case clients(ClientsOptions)
    case audit(AuditOptions)
    /// Help for the whole tool (`nil`) or for one subcommand.
    case help(subcommand: String?)
    case version
}

/// Options of `serve`.
package struct ServeOptions: Equatable, Sendable {
    package var host = "127.0.0.1"
    package var port = 8080
    package var database = SeedOptions.defaultDatabase
    package var seed: UInt64 = SeedOptions.defaultSeed
    package var patients = SeedOptions.defaultPatients
    package var logLevel = "info"
    /// `preview` (5 tokens a minute per client, as athenaOne's preview) or `production` (50).
    package var profile = "preview"
    /// `fixed` (stands still unless advanced) or `wall` (runs with the real clock).
    package var clock = "fixed"
    /// A fault settings file loaded at start-up.
    package var faultFile: String?
    /// Fault rules in the one-line form (`--fault`, repeatable).
    package var faults: [String] = []
    /// The admin API's token when listening beyond loopback (generated when not given).
    package var adminToken: String?

    package init() {}
}

/// Options of `seed`.
package struct SeedOptions: Equatable, Sendable {
    package static let defaultDatabase = "var/athena-sandbox.sqlite"
    package static let defaultSeed: UInt64 = 1
    package static let defaultPatients = 50

    package var database = defaultDatabase
    package var seed = defaultSeed
    package var patients = defaultPatients

    package init() {}
}

/// Options of `import`.
package struct ImportOptions: Equatable, Sendable {
    package var database = SeedOptions.defaultDatabase
    package var files: [String] = []

    package init() {}
}

/// Options of `clients`.
package struct ClientsOptions: Equatable, Sendable {
    package var database = SeedOptions.defaultDatabase
    package var json = false

    package init() {}
}

/// Options of `audit`.
package struct AuditOptions: Equatable, Sendable {
    package var database = SeedOptions.defaultDatabase
    package var format = "table"
    /// Filters as the admin API names them (`status`, `client`, `after`, ...).
    package var filters: [String: String] = [:]

    package init() {}
}

/// A command line that cannot be run; the message says why, in one line.
package struct UsageError: Error, Equatable, CustomStringConvertible {
    package var message: String
    /// The subcommand whose usage to show with the message.
    package var subcommand: String?

    package init(_ message: String, subcommand: String? = nil) {
        self.message = message
        self.subcommand = subcommand
    }

    package var description: String { message }
}
