/// One step in the schema's history: the SQL that takes the database from the previous
/// version to ``version``.
///
/// Migrations are applied in order and never edited once released; a change to the schema is
/// a new migration at the end of ``Migration/all``.
package struct Migration: Sendable {
    /// The `PRAGMA user_version` the database has after this step.
    package let version: Int
    /// What the step does, in a few words.
    package let name: String
    /// The statements, run in one transaction. They take no bound values.
    package let sql: String

    /// A step that takes the database to `version` by running `sql`.
    package init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Every migration, oldest first; the last one's version is the current schema version.
    static let all: [Migration] = [.resourcesAndIndex]

    /// The schema version this build writes.
    static var latestVersion: Int {
        all.last?.version ?? 0
    }
}
