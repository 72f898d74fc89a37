package import SandboxSupport
import Synchronization

/// Decides, deterministically, which requests fail and how.
///
/// Rules are kept in order. Every rule sees every request: each one that matches counts it and,
/// when it has a probability, draws for it, so one rule's schedule never depends on another's.
/// The first rule (in order) that fires decides the request; later rules that would also have
/// fired do not count it as fired.
///
/// Each rule draws from its own `SeededGenerator(seed: engineSeed, stream: ruleID)`, so the same
/// seed, rules and request order give the same decisions on every run.
package final class FaultEngine: Sendable {
    private struct Slot {
        var rule: FaultRule
        var generator: SeededGenerator
        var matched = 0
        var fired = 0
    }

    private struct State {
        var seed: UInt64
        var slots: [Slot] = []
        /// How many rules have been added; numbers the generated ids.
        var added = 0
    }

    private let state: Mutex<State>
    private let logger: Logger

    package init(seed: UInt64 = 0, logger: Logger = .discarding()) {
        state = Mutex(State(seed: seed))
        self.logger = logger
    }

    /// The seed every rule's generator is derived from.
    package var seed: UInt64 {
        state.withLock { $0.seed }
    }

    /// Sets the seed and restarts every rule's schedule: counts go back to zero and generators
    /// start over from the new seed.
    package func setSeed(_ seed: UInt64) {
        state.withLock { state in
            state.seed = seed
            state.slots = state.slots.map { Slot(rule: $0.rule, generator: Self.generator(seed, $0.rule.id)) }
        }
    }

    /// Adds `rule` at the end, or in place of the rule with the same id, with a fresh schedule.
    ///
    /// - Returns: The rule as kept: a rule without an id gets `rule-N`, where N counts the rules
    ///   added so far (skipping ids in use).
    @discardableResult
    package func add(_ rule: FaultRule) -> FaultRule {
        state.withLock { state in Self.add(rule, to: &state) }
    }

    /// Adds several rules in order, as one change.
    @discardableResult
    package func add(contentsOf rules: [FaultRule]) -> [FaultRule] {
        state.withLock { state in rules.map { Self.add($0, to: &state) } }
    }

    /// Removes the rule with `id`; false when there is none.
    @discardableResult
    package func remove(id: String) -> Bool {
        state.withLock { state in
            guard let index = state.slots.firstIndex(where: { $0.rule.id == id }) else { return false }
            state.slots.remove(at: index)
            return true
        }
    }

    /// Removes every rule.
    package func removeAll() {
        state.withLock { $0.slots.removeAll() }
    }

    /// The rules in order, with how often each has matched and fired.
    package func list() -> [FaultRuleStatus] {
        state.withLock { state in
            state.slots.map { FaultRuleStatus(rule: $0.rule, matched: $0.matched, fired: $0.fired) }
        }
    }

    /// The rule with `id` and its counts, if any.
    package func status(id: String) -> FaultRuleStatus? {
        list().first { $0.rule.id == id }
    }

    private static func add(_ rule: FaultRule, to state: inout State) -> FaultRule {
        state.added += 1
        var kept = rule
        if kept.id.isEmpty {
            var number = state.added
            while state.slots.contains(where: { $0.rule.id == "rule-\(number)" }) { number += 1 }
            kept.id = "rule-\(number)"
        }
        let slot = Slot(rule: kept, generator: generator(state.seed, kept.id))
        if let index = state.slots.firstIndex(where: { $0.rule.id == kept.id }) {
            state.slots[index] = slot
        } else {
            state.slots.append(slot)
        }
        return kept
    }

    private static func generator(_ seed: UInt64, _ id: String) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: id)
    }
}

// MARK: - Deciding

extension FaultEngine {
    /// What to do with a request, or nil to serve it normally.
    package func decide(for facts: RequestFacts) -> AppliedFault? {
        let applied = state.withLock { state -> AppliedFault? in
            var applied: AppliedFault?
            for index in state.slots.indices {
                guard Self.fires(&state.slots[index], facts: facts), applied == nil else { continue }
                state.slots[index].fired += 1
                let rule = state.slots[index].rule
                let decision = FaultDecisionMaker.decision(
                    for: rule.action,
                    ruleID: rule.id,
                    facts: facts,
                    generator: &state.slots[index].generator
                )
                applied = AppliedFault(ruleID: rule.id, decision: decision)
            }
            return applied
        }
        if let applied {
            logger.debug("fault applied", metadata: ["sandbox.fault.rule": applied.ruleID])
        }
        return applied
    }

    /// Counts the request for the slot's rule and draws for it; true when the rule fires.
    private static func fires(_ slot: inout Slot, facts: RequestFacts) -> Bool {
        guard slot.rule.match.matches(facts), slot.rule.trigger.counts(at: facts.now) else { return false }
        slot.matched += 1
        let admitted = slot.rule.trigger.admits(count: slot.matched)
        guard let probability = slot.rule.trigger.probability else { return admitted }
        let drawn = slot.generator.chance(probability)
        return admitted && drawn
    }
}
