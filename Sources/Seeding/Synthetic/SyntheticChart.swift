package import SandboxSupport

/// One patient's resources, with the patient id a store files them under.
///
/// Every resource of the chart belongs to that patient, including the Provenance resources,
/// whose targets are all the patient's own.
package struct SyntheticChart: Sendable {
    /// The Patient's id, such as `a-195900.E-1001`.
    package let patientID: String
    /// The Patient first, then the rest of the chart.
    package let resources: [JSONValue]
}
