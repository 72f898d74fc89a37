/// The shape of an athenaOne patient id, `a-{practice}.E-{number}`, as a registration may name it.
enum PatientIDShape {
    /// Whether `id` is `a-`, a practice number, `.E-` and a patient number, digits only.
    static func isPatientID(_ id: String) -> Bool {
        guard id.hasPrefix("a-") else { return false }
        let rest = id.dropFirst(2)
        guard let dot = rest.firstIndex(of: ".") else { return false }
        let tail = rest[rest.index(after: dot)...]
        return tail.hasPrefix("E-") && isNumber(rest[..<dot]) && isNumber(tail.dropFirst(2))
    }

    private static func isNumber(_ text: Substring) -> Bool {
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return (1...12).contains(text.utf8.count) && text.utf8.allSatisfy(digits.contains)
    }
}
