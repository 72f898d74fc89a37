/// Which audit entries a query returns: every condition set must hold.
///
/// Entries always come in ascending ``AuditEntry/sequence`` order, at most ``limit`` of them.
/// To follow the log, ask again with ``afterSequence`` set to the last sequence seen:
///
/// ```swift
/// var filter = AuditFilter(clientID: "0oa1b2c3", status: .inClass(4))
/// let page = try log.entries(matching: filter)
/// filter.afterSequence = page.last?.sequence ?? filter.afterSequence
/// ```
package struct AuditFilter: Sendable, Equatable {
    /// How many entries a query returns unless told otherwise.
    package static let defaultLimit = 1000
    /// The most entries one query returns; a larger ``limit`` is lowered to this.
    package static let maximumLimit = 10_000

    /// Only entries with a larger sequence, for tailing.
    package var afterSequence: Int64?
    /// Only entries recorded at or after this simulated instant (ms since 1970).
    package var since: Int64?
    /// Only entries recorded at or before this simulated instant (ms since 1970).
    package var until: Int64?
    /// Only requests made as this client.
    package var clientID: String?
    /// Only this route family, such as `fhir`.
    package var family: String?
    /// Only this HTTP method.
    package var method: String?
    /// Only these statuses.
    package var status: StatusMatch?
    /// Only targets that start with this text, such as `/fhir/r4/Observation`.
    package var pathPrefix: String?
    /// Only requests that touched this patient.
    package var patientID: String?
    /// Only the request with this id.
    package var requestID: String?
    /// Only requests a fault rule did, or did not, answer.
    package var fault: FaultMatch?
    private var storedLimit: Int

    /// The most entries to return, between 1 and ``maximumLimit``; values outside are moved
    /// to the nearest bound.
    package var limit: Int {
        get { storedLimit }
        set { storedLimit = min(max(newValue, 1), Self.maximumLimit) }
    }

    package init(
        afterSequence: Int64? = nil,
        since: Int64? = nil,
        until: Int64? = nil,
        clientID: String? = nil,
        family: String? = nil,
        method: String? = nil,
        status: StatusMatch? = nil,
        pathPrefix: String? = nil,
        patientID: String? = nil,
        requestID: String? = nil,
        fault: FaultMatch? = nil,
        limit: Int = AuditFilter.defaultLimit
    ) {
        self.afterSequence = afterSequence
        self.since = since
        self.until = until
        self.clientID = clientID
        self.family = family
        self.method = method
        self.status = status
        self.pathPrefix = pathPrefix
        self.patientID = patientID
        self.requestID = requestID
        self.fault = fault
        self.storedLimit = min(max(limit, 1), Self.maximumLimit)
    }
}
