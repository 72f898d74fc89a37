import Foundation
import SandboxSupport
import Synchronization

@testable import Audit

/// An audit database path no other test uses; the file and its WAL companions are removed
/// when the value goes away.
final class TemporaryAuditFile: Sendable {
    let path: String

    init() {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("audit-test-\(UUID().uuidString).audit.sqlite")
            .path
    }

    deinit {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    func makeStore() throws -> AuditStore {
        try AuditStore(path: path)
    }

    func makeLog(
        configuration: AuditLog.Configuration = AuditLog.Configuration(),
        logger: Logger = .discarding()
    ) throws -> AuditLog {
        try AuditLog(path: path, configuration: configuration, logger: logger)
    }

    /// The bytes of the database file and its write-ahead log together.
    func allBytes() -> [UInt8] {
        ["", "-wal"].flatMap { suffix in
            (FileManager.default.contents(atPath: path + suffix)).map { [UInt8]($0) } ?? []
        }
    }
}

/// Keeps every log entry, to check what was logged.
final class LogRecorder: Sendable {
    private let entries = Mutex<[Logger.Entry]>([])

    var logger: Logger {
        Logger(label: "audit-test", logLevel: .trace) { [self] entry in entries.withLock { $0.append(entry) } }
    }

    var recorded: [Logger.Entry] {
        entries.withLock { $0 }
    }
}
