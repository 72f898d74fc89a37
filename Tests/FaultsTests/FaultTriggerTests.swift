import Faults
import SandboxSupport
import Testing

@Suite struct FaultTriggerTests {
    /// Which of `count` GET Patient requests (numbered from 1) the engine decides.
    private func schedule(_ engine: FaultEngine, count: Int, now: Int64 = TestRequests.start) -> [Int] {
        (1...count).filter { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient", now: now)) != nil }
    }

    private func engine(when: String, seed: UInt64 = 0) throws -> FaultEngine {
        try TestRequests.engine(seed: seed, #"{"id": "r", "when": \#(when), "action": {"type": "reset"}}"#)
    }

    @Test func withoutConditionsEveryMatchingRequestFires() throws {
        #expect(schedule(try engine(when: "{}"), count: 4) == [1, 2, 3, 4])
    }

    @Test func nthFiresOnlyOnce() throws {
        let engine = try engine(when: #"{"nth": 3}"#)
        let fired = (1...6).filter { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) != nil }
        #expect(fired.count == 1)
        #expect(engine.list().first?.matched == 6)
        let engineAgain = try self.engine(when: #"{"nth": 3}"#)
        let decisions = (1...6).map { _ in engineAgain.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) != nil
        }
        #expect(decisions == [false, false, true, false, false, false])
    }

    @Test func afterSkipsTheFirstRequests() throws {
        let engine = try engine(when: #"{"after": 2}"#)
        let decisions = (1...5).map { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) != nil }
        #expect(decisions == [false, false, true, true, true])
    }

    @Test func timesLimitsToTheFirstRequests() throws {
        let engine = try engine(when: #"{"times": 2}"#)
        let decisions = (1...4).map { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) != nil }
        #expect(decisions == [true, true, false, false])
    }

    @Test func timesAfterSkippingCountsFromTheSkippedRequests() throws {
        let engine = try engine(when: #"{"after": 1, "times": 2}"#)
        let decisions = (1...5).map { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) != nil }
        #expect(decisions == [false, true, true, false, false])
    }

    @Test func windowTakesFromInclusiveAndUntilExclusive() throws {
        let engine = try engine(
            when: #"{"window": {"from": "2026-01-15T15:00:00Z", "until": "2026-01-15T10:30:00-05:00"}}"#
        )
        let hour: Int64 = 3_600_000
        let instants = [
            TestRequests.start, TestRequests.start + hour, TestRequests.start + hour + hour / 2 - 1,
            TestRequests.start + hour + hour / 2,
        ]
        let decisions = instants.map {
            engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient", now: $0)) != nil
        }
        #expect(decisions == [false, true, true, false])
    }

    @Test func requestsOutsideTheWindowAreNotCounted() throws {
        let engine = try engine(when: #"{"nth": 1, "window": {"from": "2026-01-15T15:00:00Z"}}"#)
        _ = engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient"))
        let inside = engine.decide(
            for: TestRequests.facts("GET", "/fhir/r4/Patient", now: TestRequests.start + 3_600_000)
        )
        #expect(inside != nil)
    }

    @Test func theSameSeedGivesTheSameScheduleOverAThousandRequests() throws {
        let first = schedule(try engine(when: #"{"probability": 0.3}"#, seed: 7), count: 1000)
        let second = schedule(try engine(when: #"{"probability": 0.3}"#, seed: 7), count: 1000)
        let other = schedule(try engine(when: #"{"probability": 0.3}"#, seed: 8), count: 1000)
        #expect(first == second)
        #expect(first != other)
        #expect((200...400).contains(first.count))
    }

    @Test func theDrawHappensForEveryMatchingRequestEvenWhenTheCountSaysNo() throws {
        let plain = schedule(try engine(when: #"{"probability": 0.5}"#, seed: 3), count: 200)
        let skipping = schedule(try engine(when: #"{"probability": 0.5, "after": 100}"#, seed: 3), count: 200)
        #expect(skipping == plain.filter { $0 > 100 })
    }

    @Test func oneRulesScheduleDoesNotDependOnAnotherRule() throws {
        let alone = schedule(try engine(when: #"{"probability": 0.4}"#, seed: 11), count: 300)
        let engine = FaultEngine(seed: 11)
        engine.add(
            try TestRequests.rule(#"{"id": "first", "when": {"probability": 0.4}, "action": {"type": "close"}}"#)
        )
        engine.add(try TestRequests.rule(#"{"id": "r", "when": {"probability": 0.4}, "action": {"type": "reset"}}"#))
        let decisions = (1...300).map { _ in engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) }
        let firstFired = Set((1...300).filter { decisions[$0 - 1]?.ruleID == "first" })
        let secondFired = (1...300).filter { decisions[$0 - 1]?.ruleID == "r" }
        #expect(secondFired == alone.filter { !firstFired.contains($0) })
    }

    @Test func changingTheSeedRestartsTheSchedule() throws {
        let engine = try engine(when: #"{"nth": 2}"#)
        _ = engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient"))
        engine.setSeed(5)
        #expect(engine.list().first?.matched == 0)
        #expect(engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) == nil)
        #expect(engine.decide(for: TestRequests.facts("GET", "/fhir/r4/Patient")) != nil)
    }
}
