import Testing

@testable import Audit

@Suite struct AuditQueueTests {
    @Test func entriesLeaveInTheOrderTheyCame() {
        var queue = AuditQueue(capacity: 10, batchSize: 3)
        for number in 1...5 {
            _ = queue.append(Sample.entry(number))
        }

        #expect(queue.take(upTo: 2).map(\.requestID) == ["req-1", "req-2"])
        #expect(queue.take(upTo: 10).map(\.requestID) == ["req-3", "req-4", "req-5"])
        #expect(queue.take(upTo: 10).isEmpty)
        #expect(queue.appendedCount == 5)
        #expect(queue.departedCount == 5)
    }

    @Test func theWriterIsWokenOnceWhenABatchFillsUp() {
        var queue = AuditQueue(capacity: 10, batchSize: 3)
        let wakes = (1...5).map { queue.append(Sample.entry($0)).wakesWriter }
        #expect(wakes == [false, false, true, false, false])
    }

    @Test func aFullQueueDropsItsOldestEntryAndReportsOnlyTheFirstDrop() {
        var queue = AuditQueue(capacity: 3, batchSize: 100)
        let outcomes = (1...5).map { queue.append(Sample.entry($0)) }

        #expect(outcomes.map(\.isFirstDrop) == [false, false, false, true, false])
        #expect(queue.droppedCount == 2)
        #expect(queue.departedCount == 2)
        #expect(queue.take(upTo: 10).map(\.requestID) == ["req-3", "req-4", "req-5"])
    }

    @Test func aLongBacklogKeepsItsOrderThroughCompaction() {
        var queue = AuditQueue(capacity: 2_000, batchSize: 100)
        for number in 1...5_000 {
            _ = queue.append(Sample.entry(number))
        }
        var taken: [String] = []
        while queue.pendingCount > 0 {
            taken += queue.take(upTo: 333).map(\.requestID)
        }
        #expect(taken == (3_001...5_000).map { "req-\($0)" })
        #expect(queue.droppedCount == 3_000)
    }

    @Test func aClosedQueueIgnoresNewEntriesButGivesUpThoseWaiting() {
        var queue = AuditQueue(capacity: 10, batchSize: 3)
        _ = queue.append(Sample.entry(1))
        queue.close()
        _ = queue.append(Sample.entry(2))

        #expect(queue.take(upTo: 10).map(\.requestID) == ["req-1"])
        #expect(queue.appendedCount == 1)
    }
}
