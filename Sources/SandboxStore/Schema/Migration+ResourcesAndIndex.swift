extension Migration {
    /// Version 1: resources, their search-index rows and small settings.
    ///
    /// - `resource.position` is the rowid and the stable order of every query. A new resource
    ///   takes the next position; a new version of a resource keeps its position.
    /// - `search_index` rows belong to a position and go when the resource goes
    ///   (`ON DELETE CASCADE`, with `foreign_keys=ON`).
    /// - The `resource` indexes serve a type scan and a patient-compartment scan, both in
    ///   position order. The `search_index` indexes serve a value or prefix lookup, a lookup by
    ///   system and value, a range lookup, and the per-resource lookups of `EXISTS` tests and
    ///   cascading deletes.
    static let resourcesAndIndex = Migration(
        version: 1,
        name: "resources and search index",
        sql: """
            CREATE TABLE resource (
                position INTEGER PRIMARY KEY,
                type TEXT NOT NULL,
                id TEXT NOT NULL,
                version_id INTEGER NOT NULL,
                last_updated TEXT NOT NULL,
                patient_id TEXT,
                json BLOB NOT NULL,
                UNIQUE (type, id)
            );
            CREATE INDEX resource_by_type ON resource (type, position);
            CREATE INDEX resource_by_patient ON resource (patient_id, type, position);
            CREATE TABLE search_index (
                position INTEGER NOT NULL REFERENCES resource (position) ON DELETE CASCADE,
                parameter TEXT NOT NULL,
                system TEXT,
                value TEXT,
                text TEXT,
                low INTEGER,
                high INTEGER
            );
            CREATE INDEX search_index_by_value ON search_index (parameter, value, position);
            CREATE INDEX search_index_by_system ON search_index (parameter, system, value);
            CREATE INDEX search_index_by_range ON search_index (parameter, low, high);
            CREATE INDEX search_index_by_position ON search_index (position);
            CREATE TABLE setting (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """
    )
}
