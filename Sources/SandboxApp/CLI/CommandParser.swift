/// Parses the arguments after the program name into a ``Command``; it runs nothing.
package enum CommandParser {
    package static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(subcommand: nil) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help":
            guard let topic = rest.first else { return .help(subcommand: nil) }
            guard HelpText.subcommands.contains(topic) else { throw UsageError("unknown subcommand '\(topic)'") }
            return .help(subcommand: topic)
        case "--version":
            return .version
        case "serve":
            return try wantsHelp(rest) ? .help(subcommand: first) : .serve(parseServe(rest))
        case "seed":
            return try wantsHelp(rest) ? .help(subcommand: first) : .seed(parseSeed(rest))
        case "import":
            return try wantsHelp(rest) ? .help(subcommand: first) : .importBundles(parseImport(rest))
        case "clients":
            return try wantsHelp(rest) ? .help(subcommand: first) : .clients(parseClients(rest))
        case "audit":
            return try wantsHelp(rest) ? .help(subcommand: first) : .audit(parseAudit(rest))
        default:
            throw UsageError("unknown subcommand '\(first)'")
        }
    }

    private static func wantsHelp(_ arguments: [String]) -> Bool {
        arguments.contains("-h") || arguments.contains("--help")
    }

    private static func parseServe(_ arguments: [String]) throws(UsageError) -> ServeOptions {
        var options = ServeOptions()
        var reader = ArgumentReader(arguments, subcommand: "serve")
        while let argument = reader.next() {
            switch argument {
            case "--host": options.host = try reader.value(for: argument)
            case "--port": options.port = try reader.integer(for: argument, in: 0...65_535)
            case "--db": options.database = try reader.path(for: argument)
            case "--seed": options.seed = try reader.seed(for: argument)
            case "--patients": options.patients = try reader.integer(for: argument, in: 1...100_000)
            case "--log-level": options.logLevel = try reader.logLevel(for: argument)
            case "--profile": options.profile = try reader.choice(for: argument, from: ["preview", "production"])
            case "--clock": options.clock = try reader.choice(for: argument, from: ["fixed", "wall"])
            case "--faults": options.faultFile = try reader.path(for: argument)
            case "--fault": options.faults.append(try reader.value(for: argument))
            case "--admin-token": options.adminToken = try reader.path(for: argument)
            default: throw reader.unexpected(argument)
            }
        }
        return options
    }

    private static func parseSeed(_ arguments: [String]) throws(UsageError) -> SeedOptions {
        var options = SeedOptions()
        var reader = ArgumentReader(arguments, subcommand: "seed")
        while let argument = reader.next() {
            switch argument {
            case "--db": options.database = try reader.path(for: argument)
            case "--seed": options.seed = try reader.seed(for: argument)
            case "--patients": options.patients = try reader.integer(for: argument, in: 1...100_000)
            default: throw reader.unexpected(argument)
            }
        }
        return options
    }

    private static func parseClients(_ arguments: [String]) throws(UsageError) -> ClientsOptions {
        var options = ClientsOptions()
        var reader = ArgumentReader(arguments, subcommand: "clients")
        while let argument = reader.next() {
            switch argument {
            case "--db": options.database = try reader.path(for: argument)
            case "--json": options.json = true
            default: throw reader.unexpected(argument)
            }
        }
        return options
    }

    /// The audit filters, as options: `--request-id` stands for `requestId`.
    static let auditFilters: [String: String] = [
        "--after": "after", "--since": "since", "--until": "until", "--client": "client", "--family": "family",
        "--method": "method", "--status": "status", "--path": "path", "--patient": "patient",
        "--request-id": "requestId", "--fault": "fault", "--limit": "limit",
    ]

    private static func parseAudit(_ arguments: [String]) throws(UsageError) -> AuditOptions {
        var options = AuditOptions()
        var reader = ArgumentReader(arguments, subcommand: "audit")
        while let argument = reader.next() {
            switch argument {
            case "--db": options.database = try reader.path(for: argument)
            case "--format": options.format = try reader.choice(for: argument, from: ["table", "jsonl", "bundle"])
            default:
                guard let filter = auditFilters[argument] else { throw reader.unexpected(argument) }
                options.filters[filter] = try reader.value(for: argument)
            }
        }
        return options
    }

    private static func parseImport(_ arguments: [String]) throws(UsageError) -> ImportOptions {
        var options = ImportOptions()
        var reader = ArgumentReader(arguments, subcommand: "import")
        while let argument = reader.next() {
            switch argument {
            case "--db": options.database = try reader.path(for: argument)
            case _ where argument.hasPrefix("-") && argument != "-": throw reader.unexpected(argument)
            default: options.files.append(argument)
            }
        }
        guard !options.files.isEmpty else {
            throw UsageError("import needs at least one bundle file", subcommand: "import")
        }
        return options
    }
}

/// Walks the arguments of one subcommand, reading option values.
struct ArgumentReader {
    private var arguments: [String]
    private var index = 0
    let subcommand: String

    init(_ arguments: [String], subcommand: String) {
        self.arguments = arguments
        self.subcommand = subcommand
    }

    /// The next argument; `--name=value` is split into `--name` and `value`.
    mutating func next() -> String? {
        guard index < arguments.count else { return nil }
        let argument = arguments[index]
        index += 1
        if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
            arguments.insert(String(argument[argument.index(after: equals)...]), at: index)
            return String(argument[..<equals])
        }
        return argument
    }

    mutating func value(for option: String) throws(UsageError) -> String {
        guard index < arguments.count else { throw UsageError("\(option) needs a value", subcommand: subcommand) }
        index += 1
        return arguments[index - 1]
    }

    mutating func path(for option: String) throws(UsageError) -> String {
        let text = try value(for: option)
        guard !text.isEmpty else {
            throw UsageError("\(option) needs a file path, not an empty one", subcommand: subcommand)
        }
        return text
    }

    mutating func integer(for option: String, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        let text = try value(for: option)
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "\(option) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                subcommand: subcommand
            )
        }
        return number
    }

    mutating func seed(for option: String) throws(UsageError) -> UInt64 {
        let text = try value(for: option)
        guard let number = UInt64(text) else {
            throw UsageError("\(option) takes a whole number of 0 or more, not '\(text)'", subcommand: subcommand)
        }
        return number
    }

    mutating func logLevel(for option: String) throws(UsageError) -> String {
        try choice(for: option, from: ["trace", "debug", "info", "notice", "warning", "error", "critical"])
    }

    mutating func choice(for option: String, from choices: [String]) throws(UsageError) -> String {
        let text = try value(for: option)
        guard choices.contains(text) else {
            throw UsageError(
                "\(option) takes one of \(choices.joined(separator: ", ")), not '\(text)'",
                subcommand: subcommand
            )
        }
        return text
    }

    func unexpected(_ argument: String) -> UsageError {
        UsageError("unknown option '\(argument)' for \(subcommand)", subcommand: subcommand)
    }
}
