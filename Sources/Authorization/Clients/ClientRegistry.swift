package import SandboxStore
import SandboxSupport
import Synchronization

/// Every OAuth client the sandbox knows, kept in the store's settings and cached in memory.
///
/// Each client is one setting, `oauth.client.<id>`, holding its JSON (see
/// ``ClientRegistration/json``). The first time a database is opened the seed clients are
/// written there; after that the store is the truth, so clients created, changed or deleted at
/// run time survive a restart and a deleted seed client stays deleted.
///
/// Lookups are dictionary reads under a mutex; changes write through to the store first, so a
/// failed write leaves the cache unchanged.
package final class ClientRegistry: Sendable {
    static let keyPrefix = "oauth.client."
    static let seededMarkerKey = "oauth.clients.seeded"

    private let store: ResourceStore
    private let clients: Mutex<[String: ClientRegistration]>

    /// Opens the registry on `store`, seeding it with `seed` when the database never had clients.
    ///
    /// - Throws: ``ClientRegistryError`` when the store fails or holds a registration that
    ///   cannot be read.
    package init(store: ResourceStore, seed: [ClientRegistration]) throws(ClientRegistryError) {
        self.store = store
        clients = Mutex([:])
        try Self.seedIfNew(store, with: seed)
        try reload()
    }

    /// Reads every registration from the store again, for instance after a database reset.
    ///
    /// - Throws: ``ClientRegistryError`` when the store fails or a stored registration is unreadable.
    package func reload() throws(ClientRegistryError) {
        let loaded = try Self.storage { try self.store.settings(withPrefix: Self.keyPrefix) }
        var byID: [String: ClientRegistration] = [:]
        for (key, text) in loaded {
            let json: JSONValue
            do { json = try JSONValue.parse(text) } catch { throw .invalidField(key, "stored JSON is unreadable") }
            let registration = try ClientRegistration(json: json)
            byID[registration.id] = registration
        }
        clients.withLock { $0 = byID }
    }

    /// The client with `id`, if registered.
    package func client(id: String) -> ClientRegistration? {
        clients.withLock { $0[id] }
    }

    /// Every client, ordered by id.
    package func all() -> [ClientRegistration] {
        clients.withLock { Array($0.values) }.sorted { $0.id < $1.id }
    }

    /// Adds a new client.
    ///
    /// - Throws: ``ClientRegistryError/duplicateClient(_:)`` when the id is taken, or a store error.
    package func create(_ registration: ClientRegistration) throws(ClientRegistryError) {
        try clients.withLock { (byID: inout [String: ClientRegistration]) throws(ClientRegistryError) in
            guard byID[registration.id] == nil else { throw .duplicateClient(registration.id) }
            try self.persist(registration)
            byID[registration.id] = registration
        }
    }

    /// Replaces the registration of an existing client.
    ///
    /// - Throws: ``ClientRegistryError/unknownClient(_:)`` when no client has that id, or a store error.
    package func update(_ registration: ClientRegistration) throws(ClientRegistryError) {
        try clients.withLock { (byID: inout [String: ClientRegistration]) throws(ClientRegistryError) in
            guard byID[registration.id] != nil else { throw .unknownClient(registration.id) }
            try self.persist(registration)
            byID[registration.id] = registration
        }
    }

    /// Removes a client.
    ///
    /// - Throws: ``ClientRegistryError/unknownClient(_:)`` when no client has that id, or a store error.
    package func delete(id: String) throws(ClientRegistryError) {
        try clients.withLock { (byID: inout [String: ClientRegistration]) throws(ClientRegistryError) in
            guard byID[id] != nil else { throw .unknownClient(id) }
            try Self.storage { try self.store.removeSetting(Self.keyPrefix + id) }
            byID[id] = nil
        }
    }

    private func persist(_ registration: ClientRegistration) throws(ClientRegistryError) {
        let text = registration.json.encodedString()
        try Self.storage { try self.store.setSetting(Self.keyPrefix + registration.id, text) }
    }

    private static func seedIfNew(_ store: ResourceStore, with seed: [ClientRegistration]) throws(ClientRegistryError) {
        try storage {
            guard try store.setting(seededMarkerKey) == nil else { return }
            for registration in seed {
                try store.setSetting(keyPrefix + registration.id, registration.json.encodedString())
            }
            try store.setSetting(seededMarkerKey, "1")
        }
    }

    /// Runs a store call, turning its error into a registry error.
    private static func storage<Result>(_ body: () throws -> Result) throws(ClientRegistryError) -> Result {
        do {
            return try body()
        } catch {
            throw .storageFailed("\(error)")
        }
    }
}
