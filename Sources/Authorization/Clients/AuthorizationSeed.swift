package import Foundation
import SandboxSupport

/// The clients and users a new database starts with, read from `clients.json` and `users.json`
/// in the seed data directory.
///
/// `clients.json` is `{"clients": [<registration>, ...]}` in the form of
/// ``ClientRegistration/json``; `users.json` is `{"users": [{"username", "kind", "number",
/// "name"}, ...]}` with `kind` `provider` or `patient`.
package struct AuthorizationSeed: Sendable {
    package var clients: [ClientRegistration]
    package var users: [SandboxUser]

    package init(clients: [ClientRegistration], users: [SandboxUser]) {
        self.clients = clients
        self.users = users
    }

    /// Reads both files from `directory`, and checks each client against the rules for its kind
    /// (see ``ClientRegistration/checkRules(users:)``).
    ///
    /// - Throws: ``ClientRegistryError`` naming the file and what is wrong with it.
    package static func load(from directory: URL) throws(ClientRegistryError) -> AuthorizationSeed {
        let clients = try document(directory, "clients.json", list: "clients").map {
            element throws(ClientRegistryError) in
            try ClientRegistration(json: element)
        }
        let users = try document(directory, "users.json", list: "users").map(user(from:))
        let directory = UserDirectory(users)
        for client in clients {
            do {
                try client.checkRules(users: directory)
            } catch {
                throw .seedFileUnreadable("clients.json", "\(client.id): \(error)")
            }
        }
        return AuthorizationSeed(clients: clients, users: users)
    }

    private static func document(
        _ directory: URL,
        _ file: String,
        list: String
    ) throws(ClientRegistryError) -> [JSONValue] {
        let json: JSONValue
        do {
            json = try JSONValue.parse(Array(try Data(contentsOf: directory.appendingPathComponent(file))))
        } catch {
            throw .seedFileUnreadable(file, "cannot be read as JSON")
        }
        guard let elements = json[list]?.arrayValue else {
            throw .seedFileUnreadable(file, "needs a \"\(list)\" array")
        }
        return elements
    }

    private static func user(from json: JSONValue) throws(ClientRegistryError) -> SandboxUser {
        let reader = JSONFieldReader(json, path: "users.")
        let username = try reader.requiredString("username")
        guard let kind = SandboxUser.Kind(rawValue: try reader.requiredString("kind")) else {
            throw .invalidField("users.kind", "must be provider or patient")
        }
        guard let number = reader.value("number")?.intValue, number > 0 else {
            throw .invalidField("users.number", "must be a positive whole number")
        }
        return SandboxUser(
            username: username,
            kind: kind,
            number: number,
            displayName: try reader.optionalString("name") ?? username
        )
    }
}
