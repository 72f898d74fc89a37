import Authorization
import Foundation
import SandboxSupport
import Seeding

/// `athena-sandbox clients`: every OAuth client with its secret, kind and registered scopes.
struct ClientsCommand {
    var options: ClientsOptions

    func run() throws -> Int32 {
        guard FileManager.default.fileExists(atPath: options.database) else {
            throw OpenError(description: "no database at \(options.database); start 'serve' or run 'seed' first")
        }
        let database = try PracticeDatabase(path: options.database, clock: SimulatedClock())
        let seed = try AuthorizationSeed.load(from: try SeedData.defaultDirectory())
        let clients = try ClientRegistry(store: database.store, seed: seed.clients).all()
        if options.json {
            let list = JSONValue.array(clients.map(\.json))
            CommandRunner.printOutput(list.encodedString())
        } else {
            CommandRunner.printOutput(clients.map(Self.describe).joined(separator: "\n\n"))
        }
        return CommandRunner.ExitCode.success
    }

    static func describe(_ client: ClientRegistration) -> String {
        var lines = ["\(client.id)  \(client.name)", "  kind: \(client.kind.rawValue)"]
        switch client.authentication {
        case .secret(let secret): lines.append("  secret: \(secret)")
        case .jwks: lines.append("  authentication: private_key_jwt (inline JWKS)")
        case .none: lines.append("  authentication: none (public client, PKCE)")
        }
        lines.append("  scopes: \(client.scopes.description)")
        if !client.redirectURIs.isEmpty {
            lines.append("  redirect URIs: \(client.redirectURIs.joined(separator: " "))")
        }
        return lines.joined(separator: "\n")
    }
}
