package import SandboxSupport

/// One patient's resources, with the patient id a store files them under.
package struct SyntheticChart: Sendable {
    /// The Patient's id, such as `a-195900.E-1001`.
    package let patientID: String
    /// The Patient first, then the rest of the chart.
    package let resources: [JSONValue]
}
