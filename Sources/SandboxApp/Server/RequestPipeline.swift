import Audit
import Authorization
import Dispatch
import Faults
import SandboxHTTP
import SandboxSupport

/// The steps every request takes around its handler:
///
/// ```
/// facts (family, client, time) -> deprecation -> fault -> handler -> audit record
/// ```
///
/// A handler never knows about faults or deprecations, and the fault engine never knows which
/// API it is failing; this is where the two meet. Every request is recorded, including those a
/// fault, a sunset or an auth failure answered.
struct RequestPipeline: HTTPResponder {
    let handler: any HTTPResponder
    let faults: FaultEngine
    let deprecations: DeprecationRegistry
    let audit: AuditLog
    let clock: SimulatedClock
    let authenticate: FHIRAuthenticator

    typealias FHIRAuthenticator = @Sendable (_ authorizationHeader: String?) -> BearerResult

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let started = DispatchTime.now().uptimeNanoseconds
        let caller = Caller(request: request, authenticate: authenticate)
        let facts = RequestFacts.classify(request, clientID: caller.clientID, now: clock.now)
        let deprecation = deprecations.evaluate(
            facts,
            parameters: caller.parameterNames,
            scopes: caller.requestedScopes,
            model: nil,
            now: facts.now
        )
        let fault = faults.decide(for: facts)
        let response = answer(request, facts: facts, deprecation: deprecation, fault: fault)

        var entry = AuditEntry(
            request: request,
            status: response.status,
            simulatedTime: facts.now,
            latencyMicroseconds: Int64((DispatchTime.now().uptimeNanoseconds - started) / 1000)
        )
        caller.describe(into: &entry, facts: facts)
        // A reset, a close or a hang sends no status at all; the log says so rather than 200.
        switch response.delivery {
        case .reset, .closeWithoutResponse, .hang:
            entry.status = 0
            entry.note = "no response sent (\(response.delivery))"
        default:
            break
        }
        entry.faultRuleID = fault?.ruleID
        entry.deprecationID = deprecation.entryID
        audit.record(entry)
        return response
    }

    func respond(toRejected request: HTTPRequest, status: Int, reason: String) -> HTTPResponse {
        handler.respond(toRejected: request, status: status, reason: reason)
    }

    private func answer(
        _ request: HTTPRequest,
        facts: RequestFacts,
        deprecation: DeprecationDecision,
        fault: AppliedFault?
    ) -> HTTPResponse {
        if case .sunset(_, _, let response) = deprecation { return response }
        var response: HTTPResponse
        switch fault?.decision {
        case .respond(let faulty):
            response = faulty
        case .transport(let transport):
            response = transport.needsResponse ? handler.respond(to: request) : HTTPResponse(status: 200)
            response.delivery = Self.delivery(for: transport)
        case .transform(let transform):
            response = transform.apply(to: handler.respond(to: request), facts: facts)
        case nil:
            response = handler.respond(to: request)
        }
        if case .announced(_, let headers) = deprecation {
            for header in headers { response.headers.add(name: header.name, value: header.value) }
        }
        if let fault, response.headers[AppliedFault.ruleHeader] == nil {
            response.headers.add(name: AppliedFault.ruleHeader, value: fault.ruleID)
        }
        return response
    }

    /// How the HTTP layer carries out a transport fault.
    static func delivery(for fault: TransportFault) -> HTTPResponse.Delivery {
        switch fault {
        case .delay(let milliseconds): .delayed(milliseconds: milliseconds)
        case .hang(let maximum): .hang(maximumMilliseconds: maximum)
        case .reset: .reset
        case .close: .closeWithoutResponse
        case .truncate(let bytes): .truncated(afterBytes: bytes)
        case .slowBody(let rate): .slow(bytesPerSecond: rate)
        }
    }
}
