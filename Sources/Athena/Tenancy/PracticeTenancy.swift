package import SandboxSupport

/// athenaOne's tenancy: which practice a request is for, and the extension that marks a
/// resource as the practice's.
package struct PracticeTenancy: Sendable {
    /// The practices this sandbox serves.
    package var practiceIDs: Set<Int>

    package init(practiceIDs: Set<Int>) {
        self.practiceIDs = practiceIDs
    }

    /// The practice an `ah-practice` value names, in either form athenaOne accepts:
    /// `ah-practice=Organization/a-1.Practice-N` or `ah-practice:Organization=a-1.Practice-N`.
    ///
    /// - Returns: The practice number, or `nil` when the value does not name a practice.
    package static func practiceNumber(parameterName: String, value: String) -> Int? {
        let reference: String
        switch parameterName {
        case "ah-practice": reference = value
        case "ah-practice:Organization": reference = "Organization/" + value
        default: return nil
        }
        let prefix = "Organization/a-1.Practice-"
        guard reference.hasPrefix(prefix), let number = Int(reference.dropFirst(prefix.count)), number > 0 else {
            return nil
        }
        return number
    }

    /// Adds the `ah-practice` extension naming `practiceID`, replacing one already there.
    package static func stamp(_ resource: inout JSONValue, practiceID: Int) {
        let url = AthenaCatalog.practiceExtensionURL
        let mark: JSONValue = .object([
            "url": .string(url),
            "valueReference": .object(["reference": .string("Organization/\(AthenaID.practice(practiceID))")]),
        ])
        let others = (resource["extension"]?.arrayValue ?? []).filter { $0["url"]?.stringValue != url }
        resource.set("extension", .array(others + [mark]))
    }
}
