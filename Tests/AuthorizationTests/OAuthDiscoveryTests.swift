import Authorization
import SandboxCrypto
import SandboxHTTP
import SandboxSupport
import Testing

/// The SMART configuration document and the server's signing keys.
@Suite struct OAuthDiscoveryTests {
    @Test func everyURLPointsAtTheSandboxAsTheClientReachedIt() throws {
        let harness = try OAuthHarness()
        let headers: HTTPHeaders = [
            "X-Forwarded-Proto": "https", "X-Forwarded-Host": "gw.example, inner:9", "X-Forwarded-Prefix": "/sbx/",
        ]
        let document = harness.get("/fhir/r4/.well-known/smart-configuration", headers: headers).json
        let base = "https://gw.example/sbx/oauth2/v1"
        #expect(document["issuer"] == .string(base))
        #expect(document["token_endpoint"] == .string(base + "/token"))
        #expect(document["authorization_endpoint"] == .string(base + "/authorize"))
        #expect(document["introspection_endpoint"] == .string(base + "/introspect"))
        #expect(document["revocation_endpoint"] == .string(base + "/revoke"))
        #expect(document["jwks_uri"] == .string(base + "/keys"))
    }

    @Test func itKeepsAthenasKeysAndAddsScopesSupported() throws {
        let harness = try OAuthHarness()
        let document = harness.get("/fhir/r4/.well-known/smart-configuration").json
        let methods: JSONValue = [
            "client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none",
        ]
        #expect(document["token_endpoint_auth_methods_supported"] == methods)
        #expect(document["token_endpoint_auth_methods"] == methods)
        #expect(document["grant_types_supported"] == ["authorization_code", "client_credentials"])
        #expect(document["response_types_supported"]?.arrayValue?.count == 7)
        let capabilities = document["capabilities"]?.arrayValue ?? []
        #expect(capabilities.count == 18)
        #expect(capabilities.contains("permission-v2"))
        let scopes = document["scopes_supported"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(!scopes.isEmpty)
        for form in [
            "patient/*.rs", "user/*.read", "system/*.read", "launch/patient", "offline_access",
            "athena/service/Athenanet.MDP.*",
        ] {
            #expect(scopes.contains(form), "\(form)")
        }
        for scope in scopes {
            #expect(ScopeSet.parse(scope).malformed.isEmpty, "\(scope) is advertised but does not parse")
        }
    }

    @Test func keysPublishOneRS256SigningKey() throws {
        let harness = try OAuthHarness()
        let keys = try #require(
            harness.get("/oauth2/v1/keys?client_id=\(Seeded.providerAppID)").json["keys"]?.arrayValue
        )
        #expect(keys.count == 1)
        #expect(keys.first?["kty"] == "RSA")
        #expect(keys.first?["alg"] == "RS256")
        #expect(keys.first?["use"] == "sig")
        #expect(keys.first?["kid"]?.stringValue?.isEmpty == false)
        #expect(keys.first?["d"] == nil)
    }

    @Test func theSigningKeySurvivesARestartOnTheSameDatabase() throws {
        let database = try TemporaryDatabase()
        let first = try OAuthHarness(database: database)
        let pkce = PKCEPair()
        let code = try first.authorizeCode(scope: "openid fhirUser user/Patient.read", pkce: pkce)
        let idToken = try JWS.parse(
            compact: try #require(first.exchange(code, verifier: pkce.verifier).json["id_token"]?.stringValue)
        )

        let restarted = try OAuthHarness(database: database)
        let keys = try JSONWebKeySet(json: restarted.get("/oauth2/v1/keys").json)
        let key = try #require(keys.key(for: idToken))
        #expect(idToken.verify(with: key.publicKey))
    }

    @Test func twoDatabasesHaveDifferentKeys() throws {
        let first = try OAuthHarness().get("/oauth2/v1/keys").json["keys"]?[0]?["n"]
        let second = try OAuthHarness().get("/oauth2/v1/keys").json["keys"]?[0]?["n"]
        #expect(first != nil)
        #expect(first != second)
    }
}
