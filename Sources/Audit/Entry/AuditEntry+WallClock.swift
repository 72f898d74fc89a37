import Foundation

extension AuditEntry {
    /// The wall clock now, in milliseconds since 1970.
    ///
    /// Only ``wallTime`` reads it; see there why.
    package static func currentWallTime() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }
}
