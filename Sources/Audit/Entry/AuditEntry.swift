/// One request as the audit log keeps it: who asked for what, what they got, and how long it took.
///
/// An entry is built when a response is ready, whatever answered it: a handler, the fault layer
/// or an authentication failure. Every field is plain data, so an entry can cross threads and
/// be queued without copying anything but its own storage.
///
/// The ``path`` is redacted as it is set: the values of query parameters that carry
/// credentials (see ``PathRedactor``) are replaced before the entry exists, so no copy of the
/// entry, in memory, on disk or in any output, ever holds them.
///
/// ```swift
/// let entry = AuditEntry(
///     requestID: request.requestID,
///     simulatedTime: clock.now,
///     method: "GET",
///     path: "/fhir/r4/Patient/a-1",
///     status: 200,
///     clientID: "0oa1b2c3",
///     resourceType: "Patient",
///     resourceID: "a-1"
/// )
/// log.record(entry)
/// ```
package struct AuditEntry: Sendable, Hashable {
    /// The entry's place in the log, counting from 1; 0 until the entry is written.
    package var sequence: Int64
    /// The request's id, as echoed in `X-Request-Id`.
    package var requestID: String
    /// When the request was answered on the sandbox's simulated clock, in ms since 1970.
    package var simulatedTime: Int64
    /// When the request was answered on the wall clock, in ms since 1970.
    ///
    /// The only wall-clock reading the sandbox keeps; it is there to line requests up with
    /// a client's own logs when chasing latency, and nothing the sandbox serves depends on it.
    package var wallTime: Int64
    /// The OAuth client the request was made as, when it presented a valid credential.
    package var clientID: String?
    /// Who the client acted for: `user:<username>`, `patient:<id>` or `system:<client>`
    /// (see ``AuditActor``).
    package var actor: String?
    /// The HTTP method, as received.
    package var method: String
    private var redactedPath: String
    /// Which part of the sandbox answered: `fhir`, `oauth`, `v1`, `anthropic`, `openai`,
    /// `admin` or `other` (see ``AuditEntry/family(ofPath:)``).
    package var family: String
    /// The FHIR (or v1) resource type the request addressed, if any.
    package var resourceType: String?
    /// The resource id the request addressed, if any.
    package var resourceID: String?
    /// The patient whose data the request touched, if one is known.
    package var patientID: String?
    /// The scopes that granted the request, space-separated as in a token response.
    package var scopes: String?
    /// The HTTP status sent.
    package var status: Int
    /// How long the sandbox took to answer, in microseconds.
    package var latencyMicroseconds: Int64
    /// The fault rule that answered or changed the request, if one did.
    package var faultRuleID: String?
    /// The deprecation notice the response carried, if any.
    package var deprecationID: String?
    /// Anything else worth keeping, in words.
    package var note: String?

    /// The request target, path and query, with credential values replaced.
    ///
    /// Setting it redacts the new value; see ``PathRedactor/redact(_:)``.
    package var path: String {
        get { redactedPath }
        set { redactedPath = PathRedactor.redact(newValue) }
    }

    /// An entry for one answered request; ``sequence`` is assigned when it is written.
    ///
    /// - Parameters:
    ///   - requestID: The request's id.
    ///   - simulatedTime: The simulated clock's reading when the response was ready.
    ///   - wallTime: The wall clock's reading; by default, now.
    ///   - method: The HTTP method.
    ///   - path: The raw request target, path and query; it is redacted before it is kept.
    ///   - family: Which part of the sandbox answered; by default derived from `path`.
    ///   - status: The HTTP status sent.
    ///   - latencyMicroseconds: How long the answer took.
    ///   - clientID: The authenticated client, if any.
    ///   - actor: Who the client acted for, if known.
    ///   - resourceType: The resource type addressed, if any.
    ///   - resourceID: The resource id addressed, if any.
    ///   - patientID: The patient whose data was touched, if known.
    ///   - scopes: The scopes that granted the request.
    ///   - faultRuleID: The fault rule that answered, if any.
    ///   - deprecationID: The deprecation notice sent, if any.
    ///   - note: Free text.
    package init(
        requestID: String,
        simulatedTime: Int64,
        wallTime: Int64 = AuditEntry.currentWallTime(),
        method: String,
        path: String,
        family: String? = nil,
        status: Int,
        latencyMicroseconds: Int64 = 0,
        clientID: String? = nil,
        actor: String? = nil,
        resourceType: String? = nil,
        resourceID: String? = nil,
        patientID: String? = nil,
        scopes: String? = nil,
        faultRuleID: String? = nil,
        deprecationID: String? = nil,
        note: String? = nil
    ) {
        self.sequence = 0
        self.requestID = requestID
        self.simulatedTime = simulatedTime
        self.wallTime = wallTime
        self.method = method
        self.redactedPath = PathRedactor.redact(path)
        self.family = family ?? Self.family(ofPath: path)
        self.status = status
        self.latencyMicroseconds = latencyMicroseconds
        self.clientID = clientID
        self.actor = actor
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.patientID = patientID
        self.scopes = scopes
        self.faultRuleID = faultRuleID
        self.deprecationID = deprecationID
        self.note = note
    }
}
