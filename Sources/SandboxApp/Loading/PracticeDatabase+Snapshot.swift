import Foundation
import SandboxStore

/// The golden copy a database returns to on `POST /_sandbox/reset`: the database as `serve`
/// found it when it first started on it after the last `seed` or `import`, with the seeded OAuth
/// clients and signing key in place.
extension PracticeDatabase {
    /// Where the snapshot of the database at `path` is kept.
    package var snapshotPath: String {
        store.path + ".snapshot"
    }

    package var hasSnapshot: Bool {
        FileManager.default.fileExists(atPath: snapshotPath)
    }

    /// Copies the whole database to ``snapshotPath`` (SQLite's online backup), replacing any
    /// earlier snapshot.
    package func takeSnapshot() throws {
        try? FileManager.default.removeItem(atPath: snapshotPath)
        try store.backup(to: snapshotPath)
    }

    /// Removes the snapshot after the data changed outside a server; the next `serve` takes a new one.
    package func discardSnapshot() throws {
        if hasSnapshot { try FileManager.default.removeItem(atPath: snapshotPath) }
    }

    /// Puts the snapshot's contents back into the live database; readers see the old or the new
    /// contents, never a mix.
    package func restoreSnapshot() throws {
        try store.restore(from: snapshotPath)
    }
}
