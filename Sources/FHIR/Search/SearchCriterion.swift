/// One search parameter as a request gave it: `name[:modifier]=value[,value...]`.
///
/// The values are ORed; two criteria with the same name are ANDed.
package struct SearchCriterion: Sendable, Hashable {
    package var name: String
    package var modifier: String?
    package var values: [String]
    /// The parameter exactly as it was sent (decoded), for links.
    package var rawName: String
    package var rawValue: String

    package init(rawName: String, rawValue: String) {
        self.rawName = rawName
        self.rawValue = rawValue
        if let colon = rawName.firstIndex(of: ":") {
            name = String(rawName[..<colon])
            modifier = String(rawName[rawName.index(after: colon)...])
        } else {
            name = rawName
            modifier = nil
        }
        values = Self.splitOrList(rawValue)
    }

    /// Splits on commas that are not escaped as `\,`, and unescapes `\,`, `\$` and `\\`.
    ///
    /// An escaped `|` stays escaped, for the token reader to split on.
    static func splitOrList(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                if character != "," && character != "\\" && character != "$" { current.append("\\") }
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "," {
                values.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }
        values.append(current)
        return values
    }
}
