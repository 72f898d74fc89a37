/// Brings a database's schema up to date by applying the migrations it lacks.
///
/// The database's version is `PRAGMA user_version`, 0 for a new file. Each missing migration
/// runs in its own `IMMEDIATE` transaction together with the update of `user_version`, so a
/// failure leaves the database at the last version that fully applied. The version is read
/// inside that transaction, so two processes opening one new file apply each step once.
package struct Migrator {
    /// The migrations to apply, oldest first.
    package var migrations: [Migration]

    /// A migrator for `migrations`, by default the resource store's own.
    package init(migrations: [Migration] = Migration.all) {
        self.migrations = migrations
    }

    /// Applies every migration newer than the database's version.
    ///
    /// - Parameter connection: A writable connection outside any transaction.
    /// - Returns: The schema version the database ends at.
    /// - Throws: ``DatabaseError/isUnsupportedSchema`` when the database is newer than the
    ///   newest migration, or the ``DatabaseError`` of a failing step.
    @discardableResult
    package func migrate(_ connection: DatabaseConnection) throws -> Int {
        let latest = migrations.last?.version ?? 0
        for migration in migrations {
            try connection.inTransaction {
                let current = try Self.version(of: connection)
                guard current <= latest else {
                    throw DatabaseError.unsupportedSchema(found: current, supported: latest)
                }
                guard current < migration.version else { return }
                try connection.execute(sql: migration.sql)
                try connection.execute(sql: "PRAGMA user_version = \(migration.version)")
            }
        }
        return try Self.version(of: connection)
    }

    /// The database's `PRAGMA user_version`.
    package static func version(of connection: DatabaseConnection) throws -> Int {
        let statement = try connection.cachedStatement(sql: "PRAGMA user_version")
        return try statement.fetchOne { Int($0.int64(at: 0)) } ?? 0
    }
}
