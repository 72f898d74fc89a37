/// Snapshots: whole-database copies made and restored with SQLite's online backup API.
///
/// A seeded database is kept as a snapshot file; each run starts from a copy of it instead of
/// seeding again. The copy is page by page, so it takes about as long as reading the file.
extension ResourceStore {
    /// Writes a consistent copy of the whole database to `path`, replacing any file there.
    ///
    /// The copy is taken on a reader connection, so writes carry on meanwhile; it holds every
    /// batch that had committed when the copy began and nothing after.
    ///
    /// - Throws: ``DatabaseError``; a partly written file may be left at `path`.
    package func backup(to path: String) throws {
        let destination = try DatabaseConnection(path: path, configuration: Self.snapshotCopy)
        try withReader { source in
            try destination.copyContents(of: source)
        }
        try destination.close()
    }

    /// Replaces this store's contents with the snapshot at `snapshot`.
    ///
    /// Readers see the old contents or the new, never a mix. The schema is migrated afterwards,
    /// so a snapshot from an older build is brought up to date.
    ///
    /// - Throws: ``DatabaseError``; when the copy itself fails, the store's contents are
    ///   unchanged.
    package func restore(from snapshot: String) throws {
        let source = try DatabaseConnection(path: snapshot, configuration: .init(isReadOnly: true))
        try withWriter { connection in
            try connection.copyContents(of: source)
            try Migrator().migrate(connection)
        }
        try source.close()
    }

    /// Copies the snapshot at `snapshot` to a new database file at `path`, replacing any file
    /// there, before a store is opened on it.
    ///
    /// - Throws: ``DatabaseError``.
    package static func restore(from snapshot: String, to path: String) throws {
        let source = try DatabaseConnection(path: snapshot, configuration: .init(isReadOnly: true))
        let destination = try DatabaseConnection(path: path, configuration: Self.snapshotCopy)
        try destination.copyContents(of: source)
        try destination.close()
        try source.close()
    }

    /// A connection that writes one whole copy and closes. A new file keeps a rollback journal
    /// while it is written, so each page is written once; the copied header still records WAL
    /// mode, and the next store to open the file uses WAL.
    private static let snapshotCopy = DatabaseConnection.Configuration(usesWriteAheadLog: false)
}
