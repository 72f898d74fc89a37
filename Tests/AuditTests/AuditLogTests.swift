import Dispatch
import Foundation
import SandboxSupport
import Testing

@testable import Audit

@Suite struct AuditLogTests {
    @Test func recordedEntriesComeBackWithEveryFieldAfterAFlush() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog()
        defer { log.close() }
        let recorded = (1...3).map { Sample.entry($0, patientID: "p\($0)", faultRuleID: $0 == 2 ? "f" : nil) }
        recorded.forEach(log.record)

        log.flush()
        let stored = try log.store.entries(matching: AuditFilter())

        #expect(stored.map(\.sequence) == [1, 2, 3])
        let withoutSequence = stored.map { entry -> AuditEntry in
            var copy = entry
            copy.sequence = 0
            return copy
        }
        #expect(withoutSequence == recorded)
    }

    @Test func sequencesFollowTheOrderOfRecordingAcrossBatches() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog(configuration: AuditLog.Configuration(batchSize: 7, maximumTransactionSize: 11))
        defer { log.close() }
        for number in 1...100 {
            log.record(Sample.entry(number))
        }

        let stored = try log.entries(matching: AuditFilter())

        #expect(stored.map(\.sequence) == Array(1...100))
        #expect(stored.map(\.requestID) == (1...100).map { "req-\($0)" })
    }

    @Test func theWriterThreadWritesWithoutAnExplicitFlush() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog(configuration: AuditLog.Configuration(flushIntervalMilliseconds: 5))
        defer { log.close() }
        log.record(Sample.entry(1))

        let store = try file.makeStore()
        let deadline = Date().addingTimeInterval(10)
        while try store.count() == 0, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(try store.count() == 1)
    }

    @Test func aQuerySeesEveryRequestRecordedBeforeIt() throws {
        let file = TemporaryAuditFile()
        // A writer that would sleep for a minute: only the query's own flush can write in time.
        let log = try file.makeLog(configuration: AuditLog.Configuration(flushIntervalMilliseconds: 60_000))
        defer { log.close() }
        for number in 1...5 {
            log.record(Sample.entry(number))
            #expect(try log.entries(matching: AuditFilter()).count == number)
        }
    }

    @Test func closeWritesEverythingStillQueuedAndIgnoresLaterRecords() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog(configuration: AuditLog.Configuration(flushIntervalMilliseconds: 60_000))
        for number in 1...1_234 {
            log.record(Sample.entry(number))
        }

        log.close()
        log.record(Sample.entry(9_999))
        log.close()

        let reopened = try file.makeStore()
        #expect(try reopened.count() == 1_234)
        #expect(log.pendingCount == 0)
    }

    @Test func aLogReleasedWithoutClosingStillWritesWhatItQueued() throws {
        let file = TemporaryAuditFile()
        do {
            let log = try file.makeLog(configuration: AuditLog.Configuration(flushIntervalMilliseconds: 60_000))
            for number in 1...10 {
                log.record(Sample.entry(number))
            }
        }
        #expect(try file.makeStore().count() == 10)
    }

    @Test func sixteenThreadsRecordingAThousandEachGiveSixteenThousandDistinctEntries() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog()
        defer { log.close() }
        let group = DispatchGroup()
        for thread in 0..<16 {
            group.enter()
            Thread {
                for number in 0..<1_000 {
                    log.record(Sample.entry(thread * 1_000 + number))
                }
                group.leave()
            }.start()
        }
        group.wait()

        let stored =
            try log.entries(matching: AuditFilter(limit: AuditFilter.maximumLimit))
            + log.entries(matching: AuditFilter(afterSequence: 10_000, limit: AuditFilter.maximumLimit))

        #expect(stored.count == 16_000)
        #expect(Set(stored.map(\.requestID)).count == 16_000)
        #expect(stored.map(\.sequence) == Array(1...16_000))
        #expect(log.droppedCount == 0)
    }

    @Test func recordDoesNotWaitForAWriterThatCannotKeepUp() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog(configuration: AuditLog.Configuration(flushIntervalMilliseconds: 1))
        defer { log.close() }
        let writerHeld = DispatchSemaphore(value: 0)
        let releaseWriter = DispatchSemaphore(value: 0)
        let holder = Thread {
            log.holdingWriter {
                writerHeld.signal()
                // Released by the test; the timeout only keeps a broken build from hanging.
                _ = releaseWriter.wait(timeout: .now() + 30)
            }
        }
        holder.start()
        writerHeld.wait()

        let started = ContinuousClock.now
        for number in 1...10_000 {
            log.record(Sample.entry(number))
        }
        let elapsed = ContinuousClock.now - started
        let pendingWhileHeld = log.pendingCount
        releaseWriter.signal()

        #expect(pendingWhileHeld == 10_000)
        #expect(elapsed < .seconds(5))
        #expect(try log.entries(matching: AuditFilter(limit: AuditFilter.maximumLimit)).count == 10_000)
    }

    @Test func aFullQueueDropsTheOldestEntriesAndWarnsOnce() throws {
        let file = TemporaryAuditFile()
        let recorder = LogRecorder()
        let log = try file.makeLog(
            configuration: AuditLog.Configuration(queueCapacity: 100),
            logger: recorder.logger
        )
        defer { log.close() }

        log.holdingWriter {
            for number in 1...250 {
                log.record(Sample.entry(number))
            }
        }

        let stored = try log.entries(matching: AuditFilter())
        #expect(log.droppedCount == 150)
        #expect(stored.map(\.requestID) == (151...250).map { "req-\($0)" })
        #expect(recorder.recorded.filter { $0.level == .warning }.count == 1)
    }

    @Test func clearRemovesQueuedAndWrittenEntriesAndSequencesKeepGrowing() throws {
        let file = TemporaryAuditFile()
        let log = try file.makeLog(configuration: AuditLog.Configuration(flushIntervalMilliseconds: 60_000))
        defer { log.close() }
        log.record(Sample.entry(1))
        log.flush()
        log.record(Sample.entry(2))

        try log.clear()
        log.record(Sample.entry(3))

        let stored = try log.entries(matching: AuditFilter())
        #expect(stored.map(\.requestID) == ["req-3"])
        #expect(stored.map(\.sequence) == [3])
    }
}
