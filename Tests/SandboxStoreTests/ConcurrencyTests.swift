import Dispatch
import Foundation
import Synchronization
import Testing

@testable import SandboxStore

@Suite struct ConcurrencyTests {
    let database = TemporaryDatabase()

    /// Runs `body` on `count` threads of their own and waits for all of them.
    private func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for number in 0..<count {
            group.enter()
            Thread {
                body(number)
                group.leave()
            }
            .start()
        }
        group.wait()
    }

    @Test func readersSeeWholeBatchesWhileAWriterCommits() throws {
        let store = try database.makeStore(readers: 4)
        let failures = Mutex<[String]>([])
        let isWriting = Atomic<Bool>(true)
        let batches = 200

        onThreads(9) { thread in
            if thread == 0 {
                defer { isWriting.store(false, ordering: .releasing) }
                for batch in 0..<batches {
                    do {
                        try store.write([
                            Fixtures.write(type: "Pair", id: "a\(batch)"),
                            Fixtures.write(type: "Pair", id: "b\(batch)"),
                        ])
                    } catch {
                        failures.withLock { $0.append("write: \(error)") }
                    }
                }
                return
            }
            var reads = 0
            while isWriting.load(ordering: .acquiring) || reads < 50 {
                reads += 1
                do {
                    let count = try store.count(ResourceQuery(type: "Pair"))
                    if count % 2 != 0 {
                        failures.withLock { $0.append("odd count \(count)") }
                    }
                    let batch = (count / 2) - 1
                    if batch >= 0,
                        try store.read(type: "Pair", id: "b\(batch)") == nil
                            || store.read(type: "Pair", id: "a\(batch)") == nil
                    {
                        failures.withLock { $0.append("missing half of batch \(batch)") }
                    }
                } catch {
                    failures.withLock { $0.append("read: \(error)") }
                }
            }
        }

        #expect(failures.withLock { $0 } == [])
        #expect(try store.count(ResourceQuery(type: "Pair")) == batches * 2)
        #expect(store.readers.idleCount <= 4)
    }

    @Test func manyThreadsShareASmallReaderPool() throws {
        let store = try SearchFixture.makeStore(on: database)
        let failures = Mutex<Int>(0)
        let expected = try store.read(type: "Observation", id: "o3")

        onThreads(16) { _ in
            for _ in 0..<200 {
                let read = try? store.read(type: "Observation", id: "o3")
                let page = try? store.search(ResourceQuery(type: "Observation", patientID: "p2"))
                if read != expected || page?.map(\.resource.id) != ["o3", "o4"] {
                    failures.withLock { $0 += 1 }
                }
            }
        }

        #expect(failures.withLock { $0 } == 0)
        #expect((1...4).contains(store.readers.idleCount))
    }
}

@Suite struct RestoreConcurrencyTests {
    let database = TemporaryDatabase()
    let seeded = TemporaryDatabase()
    let changed = TemporaryDatabase()

    @Test func readersSeeOneSnapshotOrTheOtherDuringLiveRestores() throws {
        let store = try SearchFixture.makeStore(on: database)
        try store.backup(to: seeded.path)
        try store.write([Fixtures.write(id: "o1", patientID: "p1", versionID: 9), Fixtures.write(id: "extra")])
        try store.backup(to: changed.path)

        let seededPage = SearchFixture.allIDs.map { "\($0)@1" }
        let changedPage = ["o1@9"] + seededPage.dropFirst() + ["extra@1"]
        let failures = Mutex<[String]>([])
        let isRestoring = Atomic<Bool>(true)
        let pagesRead = Atomic<Int>(0)

        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            Thread {
                defer { group.leave() }
                while isRestoring.load(ordering: .acquiring) {
                    do {
                        let page = try store.search(ResourceQuery(type: "Observation"))
                            .map { "\($0.resource.id)@\($0.resource.versionID)" }
                        if page != seededPage && page != changedPage {
                            failures.withLock { $0.append("mixed page \(page)") }
                        }
                        pagesRead.add(1, ordering: .relaxed)
                    } catch {
                        failures.withLock { $0.append("read: \(error)") }
                    }
                }
            }
            .start()
        }
        var round = 0
        while round < 20 || pagesRead.load(ordering: .relaxed) < 500 {
            try store.restore(from: round.isMultiple(of: 2) ? seeded.path : changed.path)
            round += 1
        }
        isRestoring.store(false, ordering: .releasing)
        group.wait()

        #expect(failures.withLock { $0 } == [])
        let finalPage = round.isMultiple(of: 2) ? changedPage : seededPage
        #expect(try store.search(ResourceQuery(type: "Observation")).count == finalPage.count)
        #expect(try store.integrityCheck())
    }
}
