package import Foundation

extension SeedData {
    /// The file that marks a folder as seed data and names the other files.
    package static let manifestFileName = "manifest.json"

    /// Reads every file the folder's manifest names and checks that their keys agree.
    ///
    /// - Parameter directory: A `SeedData` folder, such as the one
    ///   ``defaultDirectory(environment:executablePath:currentDirectory:)`` finds.
    /// - Returns: The parsed catalogs.
    /// - Throws: ``SeedDataError`` when a file is missing, malformed or refers to an unknown key.
    package static func load(from directory: URL) throws -> SeedData {
        let reader = Reader(directory: directory)
        let manifest: Manifest = try reader.decode(manifestFileName)
        let files = manifest.files
        let specialties: SpecialtiesFile = try reader.decode(try files.name(for: "specialties"))
        let data = SeedData(
            givenNamesFemale: try reader.lines(try files.name(for: "givenNamesFemale")),
            givenNamesMale: try reader.lines(try files.name(for: "givenNamesMale")),
            familyNames: try reader.lines(try files.name(for: "familyNames")),
            streetNames: try reader.lines(try files.name(for: "streetNames")),
            towns: try reader.decode(try files.name(for: "places"), as: PlacesFile.self).towns,
            practice: try reader.decode(try files.name(for: "practice")),
            specialties: specialties.specialties,
            careTeamRoles: specialties.careTeamRoles,
            payers: try reader.decode(try files.name(for: "payers"), as: PayersFile.self).payers,
            problems: try reader.decode(try files.name(for: "problems"), as: ProblemsFile.self).problems,
            medications: try reader.decode(try files.name(for: "medications"), as: MedicationsFile.self).medications,
            allergens: try reader.decode(try files.name(for: "allergens"), as: AllergensFile.self).allergens,
            vaccines: try reader.decode(try files.name(for: "vaccines"), as: VaccinesFile.self).vaccines,
            procedures: try reader.decode(try files.name(for: "procedures"), as: ProceduresFile.self).procedures,
            labTests: try reader.decode(try files.name(for: "labTests"), as: LabTestsFile.self).tests,
            labPanels: try reader.decode(try files.name(for: "labPanels"), as: LabPanelsFile.self).panels,
            visitTypes: try reader.decode(try files.name(for: "visitTypes"), as: VisitTypesFile.self).visitTypes
        )
        try data.validate()
        return data
    }
}

// MARK: - Reading files

extension SeedData {
    private struct Reader {
        var directory: URL

        func data(_ name: String) throws -> Data {
            do {
                return try Data(contentsOf: directory.appendingPathComponent(name))
            } catch {
                throw SeedDataError.unreadable(file: name)
            }
        }

        func decode<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
            let bytes = try data(name)
            do {
                return try JSONDecoder().decode(T.self, from: bytes)
            } catch let error as DecodingError {
                throw SeedDataError.malformed(file: name, detail: Self.describe(error))
            } catch {
                throw SeedDataError.malformed(file: name, detail: "not JSON")
            }
        }

        /// The non-empty, trimmed lines of a plain-text list; `#` starts a comment line.
        func lines(_ name: String) throws -> [String] {
            let text = String(decoding: try data(name), as: UTF8.self)
            let lines = text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            guard !lines.isEmpty else { throw SeedDataError.empty(file: name) }
            return lines
        }

        private static func describe(_ error: DecodingError) -> String {
            switch error {
            case .keyNotFound(let key, let context):
                "missing \(key.stringValue) at \(path(context))"
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                "\(context.debugDescription) at \(path(context))"
            @unknown default:
                "not the expected shape"
            }
        }

        private static func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return path.isEmpty ? "the top level" : path.joined(separator: ".")
        }
    }

    private struct Manifest: Decodable {
        var format: Int
        var files: Files

        struct Files: Decodable {
            var names: [String: String]

            init(from decoder: any Decoder) throws {
                names = try [String: String](from: decoder)
            }

            func name(for role: String) throws -> String {
                guard let name = names[role] else {
                    throw SeedDataError.unknownKey(file: SeedData.manifestFileName, key: role)
                }
                return name
            }
        }
    }

    private struct PlacesFile: Decodable { var towns: [Town] }
    private struct SpecialtiesFile: Decodable {
        var specialties: [Specialty]
        var careTeamRoles: [String: Code]
    }
    private struct PayersFile: Decodable { var payers: [Payer] }
    private struct ProblemsFile: Decodable { var problems: [Problem] }
    private struct MedicationsFile: Decodable { var medications: [Medication] }
    private struct AllergensFile: Decodable { var allergens: [Allergen] }
    private struct VaccinesFile: Decodable { var vaccines: [Vaccine] }
    private struct ProceduresFile: Decodable { var procedures: [Procedure] }
    private struct LabTestsFile: Decodable { var tests: [LabTest] }
    private struct LabPanelsFile: Decodable { var panels: [LabPanel] }
    private struct VisitTypesFile: Decodable { var visitTypes: [VisitType] }
}
