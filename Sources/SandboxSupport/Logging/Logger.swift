import Foundation

/// A structured logger in swift-log's vocabulary: a label, levels, metadata and a handler.
///
/// Messages are constant strings; what varies goes in ``metadata`` under dotted keys such as
/// `sandbox.request.id`. Pass a logger through initialisers; there is no global one.
package struct Logger: Sendable {
    /// How much a message matters, least first.
    package enum Level: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
        case trace, debug, info, notice, warning, error, critical

        package static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

        package var description: String {
            switch self {
            case .trace: "trace"
            case .debug: "debug"
            case .info: "info"
            case .notice: "notice"
            case .warning: "warning"
            case .error: "error"
            case .critical: "critical"
            }
        }

        /// The level named `name` (as printed), if any.
        package init?(name: String) {
            guard let level = Level.allCases.first(where: { $0.description == name.lowercased() }) else {
                return nil
            }
            self = level
        }
    }

    /// Metadata values are strings; a value that could identify a patient or unlock an
    /// account is never put here.
    package typealias Metadata = [String: String]

    /// One record handed to a ``Handler``.
    package struct Entry: Sendable {
        package var label: String
        package var level: Level
        package var message: String
        package var metadata: Metadata
    }

    /// Where entries go.
    package typealias Handler = @Sendable (Entry) -> Void

    package let label: String
    package var logLevel: Level
    package var metadata: Metadata
    private let handler: Handler

    package init(label: String, logLevel: Level = .info, metadata: Metadata = [:], handler: @escaping Handler) {
        self.label = label
        self.logLevel = logLevel
        self.metadata = metadata
        self.handler = handler
    }

    /// A logger that writes one line per entry to standard error.
    package static func standardError(label: String, logLevel: Level = .info) -> Logger {
        Logger(label: label, logLevel: logLevel) { entry in
            let fields = entry.metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let line = ([entry.level.description, entry.label, entry.message] + fields).joined(separator: " ") + "\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// A logger that drops everything.
    package static func discarding(label: String = "discard") -> Logger {
        Logger(label: label, logLevel: .critical) { _ in }
    }

    package func log(_ level: Level, _ message: String, metadata extra: Metadata = [:]) {
        guard level >= logLevel else { return }
        let merged = metadata.merging(extra) { _, new in new }
        handler(Entry(label: label, level: level, message: message, metadata: merged))
    }

    package func trace(_ message: String, metadata: Metadata = [:]) { log(.trace, message, metadata: metadata) }
    package func debug(_ message: String, metadata: Metadata = [:]) { log(.debug, message, metadata: metadata) }
    package func info(_ message: String, metadata: Metadata = [:]) { log(.info, message, metadata: metadata) }
    package func notice(_ message: String, metadata: Metadata = [:]) { log(.notice, message, metadata: metadata) }
    package func warning(_ message: String, metadata: Metadata = [:]) { log(.warning, message, metadata: metadata) }
    package func error(_ message: String, metadata: Metadata = [:]) { log(.error, message, metadata: metadata) }
    package func critical(_ message: String, metadata: Metadata = [:]) { log(.critical, message, metadata: metadata) }

    /// A copy carrying one more metadata field.
    package func with(_ key: String, _ value: String) -> Logger {
        var copy = self
        copy.metadata[key] = value
        return copy
    }
}
