import Foundation
import SandboxSupport

@testable import Seeding

/// Seed data and a default practice, built once for every synthetic-practice test.
enum SyntheticFixture {
    private static let loaded = Result<SeedData, any Error> {
        try SeedData.load(from: try SeedData.defaultDirectory())
    }

    private static let defaultPractice = Result<[JSONValue], any Error> {
        SyntheticPractice(configuration: .init(seedData: try loaded.get())).makeResources()
    }

    /// The repository's seed data.
    static func seedData() throws -> SeedData {
        try loaded.get()
    }

    /// All resources of the default configuration: seed 1, 50 patients.
    static func resources() throws -> [JSONValue] {
        try defaultPractice.get()
    }

    /// A practice of the default shape with some settings changed.
    static func practice(seed: UInt64 = 1, patientCount: Int) throws -> SyntheticPractice {
        SyntheticPractice(configuration: .init(seedData: try seedData(), seed: seed, patientCount: patientCount))
    }
}

/// Reading generated resources in tests.
enum SyntheticJSON {
    /// `Type/id` of a resource.
    static func key(_ resource: JSONValue) -> String {
        "\(resource["resourceType"]?.stringValue ?? "?")/\(resource["id"]?.stringValue ?? "?")"
    }

    /// Every `reference` string anywhere inside a value.
    static func references(in value: JSONValue) -> [String] {
        var found: [String] = []
        visit(value) { key, member in
            if key == "reference", let text = member.stringValue { found.append(text) }
        }
        return found
    }

    /// Every string member anywhere inside a value, with the member's key.
    static func strings(in value: JSONValue) -> [(key: String, value: String)] {
        var found: [(String, String)] = []
        visit(value) { key, member in
            if let text = member.stringValue { found.append((key, text)) }
        }
        return found
    }

    /// The first coding's code of a CodeableConcept member.
    static func code(_ resource: JSONValue, _ member: String) -> String? {
        resource[member]?["coding"]?[0]?["code"]?.stringValue
    }

    /// The first category's first code.
    static func category(_ resource: JSONValue) -> String? {
        resource["category"]?[0]?["coding"]?[0]?["code"]?.stringValue
    }

    /// The patient a clinical resource belongs to (`subject`, `patient` or `beneficiary`).
    static func patientID(of resource: JSONValue) -> String? {
        if resource["resourceType"]?.stringValue == "Patient" { return resource["id"]?.stringValue }
        for member in ["subject", "patient", "beneficiary"] {
            if let reference = resource[member]?["reference"]?.stringValue, reference.hasPrefix("Patient/") {
                return String(reference.dropFirst("Patient/".count))
            }
        }
        return nil
    }

    private static func visit(_ value: JSONValue, _ body: (String, JSONValue) -> Void) {
        switch value {
        case .object(let members):
            for member in members {
                body(member.key, member.value)
                visit(member.value, body)
            }
        case .array(let elements):
            for element in elements { visit(element, body) }
        default:
            break
        }
    }
}

/// Reading the FHIR date forms the generator writes.
enum SyntheticDates {
    /// Milliseconds since 1970 of `2024-05-03T09:30:00.000-05:00`, or `nil` for any other shape.
    static func instant(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 29, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58,
            bytes[16] == 58, bytes[19] == 46, bytes[23] == 43 || bytes[23] == 45, bytes[26] == 58,
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            let millisecond = number(bytes, 20, 3), let offsetHours = number(bytes, 24, 2),
            let offsetMinutes = number(bytes, 27, 2)
        else { return nil }
        let days = FHIRInstant.daysSince1970(year: year, month: month, day: day)
        let local = ((days * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000 + Int64(second * 1000 + millisecond)
        let offset = Int64(offsetHours * 60 + offsetMinutes) * 60_000
        return bytes[23] == 43 ? local - offset : local + offset
    }

    /// Days since 1970 of `2024-05-03`, or `nil` for any other shape.
    static func day(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45,
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return FHIRInstant.daysSince1970(year: year, month: month, day: day)
    }

    /// Whether a string is shaped like a FHIR date or dateTime at all.
    static func looksLikeDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count >= 10 && number(bytes, 0, 4) != nil && bytes[4] == 45 && number(bytes, 5, 2) != nil
            && bytes[7] == 45 && number(bytes, 8, 2) != nil
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + length)] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
