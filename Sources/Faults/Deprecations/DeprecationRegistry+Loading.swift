package import SandboxSupport

/// Reading deprecation settings: `{"profile": "headers", "deprecations": [...]}`.
extension DeprecationRegistry {
    /// A settings document; both members are optional.
    package struct Settings: Sendable, Equatable {
        package var profile: Profile?
        package var entries: [Deprecation]

        /// Reads a settings document, checking every entry and that no two share an id.
        package init(json: JSONValue) throws(FaultsError) {
            let reader = try FieldReader(json, name: "")
            try reader.rejectUnknown(["profile", "deprecations"])
            profile = try reader.choice("profile", Profile.allCases.map(\.rawValue)).flatMap(Profile.init)
            entries = []
            guard let list = reader.value("deprecations") else { return }
            guard let elements = list.arrayValue else {
                throw .invalidField("deprecations", "must be an array of entries")
            }
            for (index, element) in elements.enumerated() {
                let entry = try Deprecation(json: element, path: "deprecations[\(index)].")
                guard !entries.contains(where: { $0.id == entry.id }) else {
                    throw .invalidField("deprecations[\(index)].id", "repeats the id of an earlier entry")
                }
                entries.append(entry)
            }
        }
    }

    /// Applies a settings document: its profile when it has one, then its entries in order.
    package func load(_ settings: Settings) {
        if let profile = settings.profile { self.profile = profile }
        for entry in settings.entries { add(entry) }
    }

    /// Reads and applies the settings file at `path`, such as `SeedData/deprecations.json`.
    ///
    /// - Throws: ``FaultsError`` naming the file and the member that is wrong.
    package func load(contentsOfFile path: String) throws(FaultsError) {
        let json = try FaultEngine.readJSON(path)
        do {
            load(try Settings(json: json))
        } catch {
            throw .fileUnreadable(path, error.description)
        }
    }

    /// The settings document of the registry as it stands, with each entry's phase at `now`.
    package func json(at now: Int64) -> JSONValue {
        let entries = list().map { entry in
            var json = entry.json
            json.set("phase", .string(entry.phase(at: now).rawValue))
            return json
        }
        return .object(["profile": .string(profile.rawValue), "deprecations": .array(entries)])
    }
}
