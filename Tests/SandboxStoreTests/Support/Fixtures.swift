@testable import SandboxStore

/// Builds resources and writes for tests.
enum Fixtures {
    /// A resource whose JSON names its type, id and version, so two versions differ in bytes.
    static func resource(
        type: String = "Observation",
        id: String,
        patientID: String? = "p1",
        versionID: Int = 1,
        json: [UInt8]? = nil
    ) -> StoredResource {
        StoredResource(
            type: type,
            id: id,
            versionID: versionID,
            lastUpdated: "2026-01-05T09:30:00.000-05:00",
            patientID: patientID,
            json: json ?? Array(#"{"resourceType":"\#(type)","id":"\#(id)","v":\#(versionID)}"#.utf8)
        )
    }

    static func write(
        type: String = "Observation",
        id: String,
        patientID: String? = "p1",
        versionID: Int = 1,
        index: [IndexEntry] = []
    ) -> ResourceWrite {
        ResourceWrite(resource: resource(type: type, id: id, patientID: patientID, versionID: versionID), index: index)
    }

    /// Counts rows of `table` matching `condition` through a separate connection.
    static func rowCount(in database: TemporaryDatabase, _ table: String, where condition: String = "1") throws -> Int {
        let connection = try database.makeConnection(readOnly: true)
        let statement = try connection.prepare(sql: "SELECT count(*) FROM \(table) WHERE \(condition)")
        return try statement.fetchOne { Int($0.int64(at: 0)) } ?? 0
    }
}
