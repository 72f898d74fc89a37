import Authorization
import Foundation
import SandboxCrypto
import SandboxHTTP
import SandboxStore
import SandboxSupport
import Synchronization
import Testing

/// A fresh database file in the temporary directory, removed when the value goes away.
final class TemporaryDatabase: Sendable {
    let path: String
    let store: ResourceStore

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("oauth-tests-\(UUID().uuidString).sqlite").path
        store = try ResourceStore(path: path)
    }

    /// A second connection to the same file, as a restarted process would open.
    func reopen() throws -> ResourceStore {
        try ResourceStore(path: path)
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}

/// Keeps every log entry, to check what was (and was not) logged.
final class LogRecorder: Sendable {
    private let entries = Mutex<[Logger.Entry]>([])

    var logger: Logger {
        Logger(label: "oauth-test", logLevel: .trace) { [self] entry in entries.withLock { $0.append(entry) } }
    }

    var recorded: [Logger.Entry] {
        entries.withLock { $0 }
    }

    /// Every message, label and metadata key and value, as one text per entry.
    var texts: [String] {
        recorded.map { entry in
            ([entry.label, entry.message] + entry.metadata.flatMap { [$0.key, $0.value] }).joined(separator: " ")
        }
    }
}

/// The seed clients and users, read from the repository's `SeedData` folder.
enum SeedFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SeedData")

    static func load() throws -> AuthorizationSeed {
        try AuthorizationSeed.load(from: directory)
    }
}

/// The fixed identities of the seeded clients.
enum Seeded {
    static let serviceID = "0oasandboxdefault001"
    static let serviceSecret = "sandbox-default-service-client-secret"
    static let providerAppID = "0oasandboxprovider01"
    static let patientAppID = "0oasandboxpatient001"
    static let redirect = "http://127.0.0.1/callback"
    static let patients = [
        (id: "a-195900.E-1001", name: "Ada Quill"),
        (id: "a-195900.E-1002", name: "Bram Oakes"),
        (id: "a-195900.E-1003", name: "Cleo Vance"),
    ]
}

/// One OAuth server over its own database, answering requests in process through a router.
final class OAuthHarness: Sendable {
    static let host = "sandbox.test:8080"
    static let base = "http://sandbox.test:8080"
    static let fhirBase = base + "/fhir/r4"
    static let tokenURL = base + "/oauth2/v1/token"

    let database: TemporaryDatabase
    let clock = SimulatedClock()
    let logs = LogRecorder()
    let server: OAuthServer
    let router: Router

    init(
        _ configuration: OAuthServer.Configuration = OAuthServer.Configuration(),
        database: TemporaryDatabase? = nil,
        scopeValidator: @escaping OAuthServer.ScopeValidator = { _ in nil }
    ) throws {
        self.database = try database ?? TemporaryDatabase()
        server = try OAuthServer(
            configuration: configuration,
            store: self.database.store,
            seed: try SeedFiles.load(),
            clock: clock,
            logger: logs.logger,
            patients: { Seeded.patients },
            scopeValidator: scopeValidator
        )
        var router = Router()
        server.register(on: &router)
        server.registerAdmin(on: &router)
        self.router = router
    }

    // MARK: - Requests

    func send(_ request: HTTPRequest) -> HTTPResponse {
        var request = request
        if !request.headers.contains("Host") { request.headers.add(name: "Host", value: Self.host) }
        return router.respond(to: request)
    }

    func get(_ target: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        send(HTTPRequest(method: "GET", target: target, headers: headers))
    }

    func postForm(_ path: String, _ pairs: [(String, String)], headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        return send(HTTPRequest(method: "POST", target: path, headers: headers, body: Array(Self.form(pairs).utf8)))
    }

    func sendJSON(_ method: String, _ path: String, _ json: JSONValue) -> HTTPResponse {
        send(
            HTTPRequest(
                method: method,
                target: path,
                headers: ["Content-Type": "application/json"],
                body: json.encodedBytes()
            )
        )
    }

    /// A token request with the given grant parameters and Basic credentials.
    func token(_ pairs: [(String, String)], basic: (id: String, secret: String)? = nil) -> HTTPResponse {
        let headers: HTTPHeaders = basic.map { ["Authorization": Self.basic($0.id, $0.secret)] } ?? [:]
        return postForm("/oauth2/v1/token", pairs, headers: headers)
    }

    /// A client-credentials token for the seeded service client.
    func serviceToken(scope: String) -> HTTPResponse {
        token(
            [("grant_type", "client_credentials"), ("scope", scope)],
            basic: (Seeded.serviceID, Seeded.serviceSecret)
        )
    }

    static func basic(_ id: String, _ secret: String) -> String {
        "Basic " + Base64.encode(Array("\(id):\(secret)".utf8))
    }

    static func form(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        return text.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }
            .joined()
    }
}

// MARK: - The 3-legged flow

/// A PKCE verifier and its S256 challenge.
struct PKCEPair {
    let verifier = SecureRandom.token()
    var challenge: String { PKCE.challenge(forVerifier: verifier) }
}

extension OAuthHarness {
    /// The query of an authorize request for the seeded provider app, with overrides.
    func authorizeQuery(
        client: String = Seeded.providerAppID,
        scope: String = "openid fhirUser offline_access user/Patient.read",
        pkce: PKCEPair,
        extra: [(String, String)] = [],
        replacing: [String: String] = [:]
    ) -> String {
        var pairs: [(String, String)] = [
            ("response_type", "code"), ("client_id", client), ("redirect_uri", Seeded.redirect),
            ("scope", scope), ("state", "st-42"), ("aud", Self.fhirBase),
            ("code_challenge", pkce.challenge), ("code_challenge_method", "S256"),
        ]
        pairs = pairs.compactMap { pair in
            guard let replacement = replacing[pair.0] else { return pair }
            return replacement.isEmpty ? nil : (pair.0, replacement)
        }
        return Self.form(pairs + extra)
    }

    /// Runs authorize with a `login_hint` and returns the code from the redirect.
    func authorizeCode(
        client: String = Seeded.providerAppID,
        scope: String = "openid fhirUser offline_access user/Patient.read",
        hint: String = "provider1",
        pkce: PKCEPair,
        extra: [(String, String)] = []
    ) throws -> String {
        let query = authorizeQuery(client: client, scope: scope, pkce: pkce, extra: [("login_hint", hint)] + extra)
        let response = get("/oauth2/v1/authorize?" + query)
        let location = try #require(response.headers["Location"], "authorize did not redirect: \(response.status)")
        return try #require(Redirect(location)["code"], "no code in \(Redirect(location).rawQuery)")
    }

    /// Exchanges a code at the token endpoint as the public client `client`.
    func exchange(
        _ code: String,
        client: String = Seeded.providerAppID,
        verifier: String?,
        redirect: String = Seeded.redirect
    ) -> HTTPResponse {
        var pairs = [
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirect), ("client_id", client),
        ]
        if let verifier { pairs.append(("code_verifier", verifier)) }
        return token(pairs)
    }
}

/// The parameters of a redirect's `Location`, decoded, with the raw query kept.
struct Redirect {
    let base: String
    let rawQuery: String
    private let items: [(name: String, value: String)]

    init(_ location: String) {
        let parts = location.split(separator: "?", maxSplits: 1)
        base = String(parts.first ?? "")
        rawQuery = parts.count > 1 ? String(parts[1]) : ""
        items = HTTPRequest(method: "GET", target: "/?" + rawQuery).queryItems() ?? []
    }

    /// The redirect a response sends to; fails the test when it does not redirect.
    static func of(_ response: HTTPResponse) throws -> Redirect {
        Redirect(try #require(response.headers["Location"], "expected a redirect, got \(response.status)"))
    }

    subscript(name: String) -> String? {
        items.first { $0.name == name }?.value
    }

    /// The raw text of `name`'s value, still encoded.
    func raw(_ name: String) -> String? {
        rawQuery.split(separator: "&").first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
    }
}

// MARK: - Responses

extension HTTPResponse {
    var json: JSONValue {
        (try? JSONValue.parse(body)) ?? .null
    }

    var text: String {
        String(decoding: body, as: UTF8.self)
    }
}
