import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct FaultDecisionTests {
    private func decision(_ action: String, target: String = "/fhir/r4/Patient") throws -> FaultDecision? {
        let engine = try TestRequests.engine(#"{"id": "r", "action": \#(action)}"#)
        return engine.decide(for: TestRequests.facts("GET", target))?.decision
    }

    private func transport(_ action: String) throws -> TransportFault? {
        guard case .transport(let transport)? = try decision(action) else { return nil }
        return transport
    }

    private func transform(_ action: String) throws -> ResponseTransform? {
        guard case .transform(let transform)? = try decision(action) else { return nil }
        return transform
    }

    @Test func statusAnswersAtOnceAndNamesTheRule() throws {
        guard case .respond(let response)? = try decision(#"{"type": "status", "status": 503}"#) else {
            Issue.record("expected an answer")
            return
        }
        #expect(response.status == 503)
        #expect(response.headers[AppliedFault.ruleHeader] == "r")
    }

    @Test func statusAddsTheGivenHeaders() throws {
        let action = #"{"type": "status", "status": 503, "headers": {"Retry-After": "30", "X-Extra": "1"}}"#
        guard case .respond(let response)? = try decision(action) else {
            Issue.record("expected an answer")
            return
        }
        #expect(response.headers["Retry-After"] == "30")
        #expect(response.headers["X-Extra"] == "1")
    }

    @Test func rateLimitAnswersAtOnce() throws {
        guard case .respond(let response)? = try decision(#"{"type": "rateLimit"}"#) else {
            Issue.record("expected an answer")
            return
        }
        #expect(response.status == 429)
    }

    @Test func fixedDelayIsTheGivenTime() throws {
        #expect(try transport(#"{"type": "delay", "ms": 1500}"#) == .delay(milliseconds: 1500))
    }

    @Test func rangedDelaysAreDrawnInsideTheRangeAndRepeatWithTheSeed() throws {
        func delays(seed: UInt64) throws -> [Int] {
            let engine = try TestRequests.engine(
                seed: seed,
                #"{"id": "r", "action": {"type": "delay", "minMs": 100, "maxMs": 900}}"#
            )
            return (1...50).compactMap { _ in
                guard case .transport(.delay(let ms))? = engine.decide(for: TestRequests.facts("GET", "/x"))?.decision
                else { return nil }
                return ms
            }
        }
        let first = try delays(seed: 1)
        #expect(first.count == 50)
        #expect(first.allSatisfy { (100...900).contains($0) })
        #expect(Set(first).count > 10)
        #expect(try delays(seed: 1) == first)
    }

    @Test func hangDefaultsToTwoMinutes() throws {
        #expect(try transport(#"{"type": "hang"}"#) == .hang(maxMilliseconds: 120_000))
        #expect(try transport(#"{"type": "hang", "maxMs": 5000}"#) == .hang(maxMilliseconds: 5000))
    }

    @Test func connectionFaultsNeedNoRealAnswer() throws {
        #expect(try transport(#"{"type": "reset"}"#) == .reset)
        #expect(try transport(#"{"type": "close"}"#) == .close)
        #expect(TransportFault.reset.needsResponse == false)
        #expect(TransportFault.hang(maxMilliseconds: 1).needsResponse == false)
    }

    @Test func bodyFaultsCarryTheirAmountsAndNeedTheRealAnswer() throws {
        let truncate = try transport(#"{"type": "truncate", "bytes": 10}"#)
        let slow = try transport(#"{"type": "slowBody", "bytesPerSecond": 64}"#)
        #expect(truncate == .truncate(bytes: 10))
        #expect(slow == .slowBody(bytesPerSecond: 64))
        #expect(truncate?.needsResponse == true)
        #expect(slow?.needsResponse == true)
    }

    @Test func bodyChangesAndQuirksAreTransforms() throws {
        #expect(try transform(#"{"type": "malformedJSON"}"#) == .malformedJSON)
        #expect(try transform(#"{"type": "wrongContentType"}"#) == .wrongContentType("text/html"))
        #expect(
            try transform(#"{"type": "wrongContentType", "contentType": "text/xml"}"#) == .wrongContentType("text/xml")
        )
        #expect(try transform(#"{"type": "outcomeOnlySearchset"}"#) == .outcomeOnlySearchset)
        #expect(try transform(#"{"type": "nextLinkSkips", "skip": 3}"#) == .nextLinkSkips(3))
        #expect(
            try transform(#"{"type": "relativeNextLinks", "style": "host-relative"}"#) == .relativeLinks(.hostRelative)
        )
        #expect(
            try transform(#"{"type": "writeErrorButCommitted"}"#) == .writeErrorButCommitted(ErrorSpec(status: 500))
        )
    }
}

@Suite struct FaultEngineTests {
    @Test func theFirstRuleThatFiresDecides() throws {
        let engine = try TestRequests.engine(
            #"{"id": "second-only", "when": {"nth": 2}, "action": {"type": "close"}}"#,
            #"{"id": "always", "action": {"type": "reset"}}"#
        )
        let ids = (1...3).map { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient"))?.ruleID }
        #expect(ids == ["always", "second-only", "always"])
    }

    @Test func unmatchedRequestsAreServedNormally() throws {
        let engine = try TestRequests.engine(#"{"match": {"family": "v1"}, "action": {"type": "reset"}}"#)
        #expect(engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) == nil)
    }

    @Test func rulesWithoutIDsAreNumberedInTheOrderTheyAreAdded() throws {
        let engine = FaultEngine()
        engine.add(try TestRequests.rule(#"{"action": {"type": "reset"}}"#))
        engine.add(try TestRequests.rule(#"{"id": "rule-3", "action": {"type": "reset"}}"#))
        engine.add(try TestRequests.rule(#"{"action": {"type": "reset"}}"#))
        #expect(engine.list().map(\.rule.id) == ["rule-1", "rule-3", "rule-4"])
    }

    @Test func addingARuleWithAnExistingIDReplacesItInPlace() throws {
        let engine = try TestRequests.engine(
            #"{"id": "a", "action": {"type": "reset"}}"#,
            #"{"id": "b", "action": {"type": "reset"}}"#
        )
        _ = engine.decide(for: TestRequests.facts("GET", "/x"))
        engine.add(try TestRequests.rule(#"{"id": "a", "action": {"type": "close"}}"#))
        #expect(engine.list().map(\.rule.id) == ["a", "b"])
        #expect(engine.list().first?.rule.action == .close)
        #expect(engine.list().first?.matched == 0)
    }

    @Test func removingRules() throws {
        let engine = try TestRequests.engine(
            #"{"id": "a", "action": {"type": "reset"}}"#,
            #"{"id": "b", "action": {"type": "reset"}}"#
        )
        #expect(engine.remove(id: "a"))
        #expect(!engine.remove(id: "a"))
        #expect(engine.list().map(\.rule.id) == ["b"])
        engine.removeAll()
        #expect(engine.list().isEmpty)
    }

    @Test func countsRecordMatchesAndFires() throws {
        let engine = try TestRequests.engine(#"{"id": "a", "when": {"times": 1}, "action": {"type": "reset"}}"#)
        for _ in 1...3 { _ = engine.decide(for: TestRequests.facts("GET", "/x")) }
        let status = try #require(engine.status(id: "a"))
        #expect(status.matched == 3)
        #expect(status.fired == 1)
        #expect(status.json["state"] == .object(["matched": 3, "fired": 1]))
    }
}
