@testable import SandboxStore

/// A small set of observations with index rows chosen so each predicate selects a different
/// subset.
///
/// | id | patient | code (system, value, text) | status | date low–high | name |
/// | --- | --- | --- | --- | --- | --- |
/// | o1 | p1 | loinc, 1234-5, Glucose | final | 1000–1999 | zoë |
/// | o2 | p1 | loinc, 5678-9, Sodium | amended | 2000–2999 | zoe |
/// | o3 | p2 | snomed, 1234-5 | final | — | smith |
/// | o4 | p2 | (none), 1234-5 | final | 500–500 | smithson |
/// | o5 | — | — | — | — | — |
/// | o6 | — | — | — | — | zo + U+10FFFF + z |
/// | o7 | — | — | — | — | zoì |
///
/// A Patient `p1` named `zoë` checks that searches keep to their type.
enum SearchFixture {
    static let loinc = "http://loinc.org"
    static let snomed = "http://snomed.info/sct"
    static let allIDs = ["o1", "o2", "o3", "o4", "o5", "o6", "o7"]

    static var writes: [ResourceWrite] {
        [
            observation(
                "o1",
                patient: "p1",
                code: (loinc, "1234-5", "Glucose"),
                status: "final",
                date: (1000, 1999),
                name: "zoë"
            ),
            observation(
                "o2",
                patient: "p1",
                code: (loinc, "5678-9", "Sodium"),
                status: "amended",
                date: (2000, 2999),
                name: "zoe"
            ),
            observation("o3", patient: "p2", code: (snomed, "1234-5", nil), status: "final", name: "smith"),
            observation(
                "o4",
                patient: "p2",
                code: (nil, "1234-5", nil),
                status: "final",
                date: (500, 500),
                name: "smithson"
            ),
            observation("o5"),
            observation("o6", name: "zo\u{10FFFF}z"),
            observation("o7", name: "zoì"),
            Fixtures.write(
                type: "Patient",
                id: "p1",
                patientID: "p1",
                index: [IndexEntry(parameter: "name", value: "zoë")]
            ),
        ]
    }

    /// A store on `database` holding the fixture.
    static func makeStore(on database: TemporaryDatabase) throws -> ResourceStore {
        let store = try database.makeStore()
        try store.write(writes)
        return store
    }

    private static func observation(
        _ id: String,
        patient: String? = nil,
        code: (system: String?, value: String, text: String?)? = nil,
        status: String? = nil,
        date: (low: Int64, high: Int64)? = nil,
        name: String? = nil
    ) -> ResourceWrite {
        var index: [IndexEntry] = []
        if let code {
            index.append(IndexEntry(parameter: "code", system: code.system, value: code.value, text: code.text))
        }
        if let status {
            index.append(IndexEntry(parameter: "status", value: status))
        }
        if let date {
            index.append(IndexEntry(parameter: "date", low: date.low, high: date.high))
        }
        if let name {
            index.append(IndexEntry(parameter: "name", value: name, text: name.uppercased()))
        }
        return Fixtures.write(id: id, patientID: patient, index: index)
    }
}
