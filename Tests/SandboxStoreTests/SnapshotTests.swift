import Testing

@testable import SandboxStore

@Suite struct SnapshotTests {
    let database = TemporaryDatabase()
    let snapshot = TemporaryDatabase()
    let copy = TemporaryDatabase()

    @Test func backupThenStaticRestoreGivesIdenticalContents() throws {
        let store = try SearchFixture.makeStore(on: database)
        try store.setSetting("seed", "42")
        try store.backup(to: snapshot.path)

        try ResourceStore.restore(from: snapshot.path, to: copy.path)
        let restored = try copy.makeStore()
        #expect(try restored.contentDigest() == store.contentDigest())
        #expect(try restored.setting("seed") == "42")
        #expect(try restored.read(type: "Observation", id: "o1") == store.read(type: "Observation", id: "o1"))
        #expect(try restored.integrityCheck())
    }

    @Test func backupIsASnapshotOfTheMomentItWasTaken() throws {
        let store = try SearchFixture.makeStore(on: database)
        let before = try store.contentDigest()
        try store.backup(to: snapshot.path)
        try store.write([Fixtures.write(id: "later")])

        let fromSnapshot = try snapshot.makeStore()
        #expect(try fromSnapshot.contentDigest() == before)
        #expect(try fromSnapshot.read(type: "Observation", id: "later") == nil)
    }

    @Test func liveRestoreReplacesTheContentsUnderOpenReaders() throws {
        let store = try SearchFixture.makeStore(on: database)
        let seeded = try store.contentDigest()
        try store.backup(to: snapshot.path)

        try store.write([Fixtures.write(id: "o1", versionID: 9), Fixtures.write(id: "extra")])
        #expect(try store.read(type: "Observation", id: "extra") != nil)
        try store.restore(from: snapshot.path)

        #expect(try store.contentDigest() == seeded)
        #expect(try store.read(type: "Observation", id: "extra") == nil)
        #expect(try store.read(type: "Observation", id: "o1")?.versionID == 1)
        #expect(try store.count(ResourceQuery(type: "Observation")) == 7)
        #expect(try store.integrityCheck())
    }

    @Test func storeKeepsWorkingAfterALiveRestore() throws {
        let store = try SearchFixture.makeStore(on: database)
        try store.backup(to: snapshot.path)
        try store.restore(from: snapshot.path)
        try store.write([Fixtures.write(id: "after")])
        #expect(try store.search(ResourceQuery(type: "Observation")).last?.resource.id == "after")
        #expect(try store.search(ResourceQuery(type: "Observation")).last?.position == 9)
    }

    @Test func restoringFromAMissingSnapshotFailsAndKeepsTheContents() throws {
        let store = try SearchFixture.makeStore(on: database)
        let digest = try store.contentDigest()
        let error = try #require(throws: DatabaseError.self) {
            try store.restore(from: snapshot.path + "-missing")
        }
        #expect(error.code?.primary == .cannotOpen)
        #expect(try store.contentDigest() == digest)
    }
}

@Suite struct ContentDigestTests {
    let first = TemporaryDatabase()
    let second = TemporaryDatabase()

    @Test func identicalWritesGiveIdenticalDigests() throws {
        let one = try SearchFixture.makeStore(on: first)
        let other = try SearchFixture.makeStore(on: second)
        #expect(try one.contentDigest() == other.contentDigest())
        #expect(try one.contentDigest().count == 16)
    }

    @Test func reseedingAfterRemoveAllGivesTheSameDigest() throws {
        let store = try SearchFixture.makeStore(on: first)
        let digest = try store.contentDigest()
        try store.removeAll()
        try store.write(SearchFixture.writes)
        #expect(try store.contentDigest() == digest)
    }

    @Test func anyChangeChangesTheDigest() throws {
        let store = try SearchFixture.makeStore(on: first)
        let original = try store.contentDigest()

        try store.write([Fixtures.write(id: "o5", versionID: 2)])
        let afterUpdate = try store.contentDigest()
        #expect(afterUpdate != original)

        try store.write([Fixtures.write(id: "o5", versionID: 2, index: [IndexEntry(parameter: "flag")])])
        let afterIndex = try store.contentDigest()
        #expect(afterIndex != afterUpdate)

        #expect(try store.delete(type: "Observation", id: "o5"))
        #expect(try store.contentDigest() != afterIndex)
    }

    @Test func emptyStoreHasTheDigestOfNoValues() throws {
        let store = try first.makeStore()
        #expect(try store.contentDigest() == ContentDigest().hexDigest)
    }

    @Test func valuesDoNotRunTogether() {
        func digest(_ values: [DatabaseValue]) -> String {
            var digest = ContentDigest()
            values.forEach { digest.combine($0) }
            return digest.hexDigest
        }
        #expect(digest([.text("ab"), .text("c")]) != digest([.text("a"), .text("bc")]))
        #expect(digest([.text("1")]) != digest([.integer(1)]))
        #expect(digest([.text("")]) != digest([.null]))
        #expect(digest([.blob([1])]) != digest([.text("\u{1}")]))
        #expect(digest([.integer(7), .null]) == digest([.integer(7), .null]))
    }

    @Test func emptyDigestIsTheFNVOffsetBasis() {
        #expect(ContentDigest().hexDigest == "cbf29ce484222325")
    }
}

@Suite struct IntegrityCheckTests {
    let database = TemporaryDatabase()

    @Test func soundDatabasePasses() throws {
        let store = try SearchFixture.makeStore(on: database)
        #expect(try store.integrityCheck())
    }

    @Test func indexThatDisagreesWithItsTableFails() throws {
        let store = try SearchFixture.makeStore(on: database)
        let connection = try database.makeConnection()
        // writable_schema lets the test swap an index's definition without rebuilding it, which
        // is exactly the kind of damage integrity_check exists to find.
        try connection.execute(
            sql: """
                PRAGMA writable_schema = ON;
                UPDATE sqlite_schema SET sql = 'CREATE INDEX search_index_by_position ON search_index (parameter)'
                WHERE name = 'search_index_by_position';
                PRAGMA writable_schema = OFF;
                """
        )
        try connection.close()
        let reopened = try database.makeStore()
        #expect(try reopened.integrityCheck() == false)
        _ = store
    }
}
