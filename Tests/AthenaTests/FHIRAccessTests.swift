import Athena
import Authorization
import FHIR
import SandboxHTTP
import SandboxSupport
import Testing

/// Scope enforcement on every FHIR interaction: 401 versus 403, patient compartments and
/// granular scopes.
@Suite struct FHIRAccessTests {
    let practice: TestPractice
    let tenancy = TestPractice.practiceQuery

    init() throws {
        practice = try TestPractice()
        try practice.save([
            Self.lab(patient: 806),
            .object([
                "resourceType": "Provenance",
                "id": "a-1000.PRV-1",
                "target": [.object(["reference": "Observation/a-1000.OBS-8079"])],
                "recorded": "2024-03-09T10:00:00.000-05:00",
                "agent": [.object(["who": .object(["reference": "Practitioner/a-1000.Provider-1"])])],
            ]),
        ])
    }

    static func lab(patient: Int) -> JSONValue {
        .object([
            "resourceType": "Observation",
            "id": .string("a-1000.OBS-LAB\(patient)"),
            "status": "final",
            "category": [
                .object([
                    "coding": [
                        .object([
                            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                            "code": "laboratory",
                        ])
                    ]
                ])
            ],
            "code": .object(["coding": [.object(["system": "http://loinc.org", "code": "4548-4"])]]),
            "subject": .object(["reference": .string("Patient/a-1000.E-\(patient)")]),
            "effectiveDateTime": "2024-03-01T10:00:00.000-05:00",
        ])
    }

    private func ids(_ response: HTTPResponse) -> [String] {
        response.json?["entry"]?.arrayValue?.compactMap { $0["resource"]?["id"]?.stringValue } ?? []
    }

    // MARK: - 401 and 403

    @Test func aMissingTokenGetsABareChallenge() {
        let response = practice.get("/fhir/r4/Patient/a-1000.E-806", token: nil)
        #expect(response.status == 401)
        #expect(response.headers["WWW-Authenticate"] == "Bearer realm=\"athena-sandbox\"")
        #expect(response.json?["resourceType"] == "OperationOutcome")
    }

    @Test(arguments: ["Bearer garbage", "Bearer expired", "Bearer revoked", "Basic dXNlcjpwYXNz"])
    func anUnusableTokenIsInvalidToken(_ header: String) {
        let response = practice.get("/fhir/r4/Patient/a-1000.E-806", token: header)
        #expect(response.status == 401)
        #expect(response.headers["WWW-Authenticate"]?.contains("error=\"invalid_token\"") == true)
    }

    @Test func expiryOutranksScope() {
        // An expired token is 401 even where its scopes would not have allowed the call.
        let response = practice.get("/fhir/r4/Coverage?\(tenancy)&patient=a-1000.E-806", token: "Bearer expired")
        #expect(response.status == 401)
    }

    @Test func aTokenWithoutTheScopeIsForbiddenNamingTheScope() throws {
        let response = practice.get(
            "/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806",
            token: "Bearer user/Patient.read"
        )
        #expect(response.status == 403)
        #expect(
            response.headers["WWW-Authenticate"]
                == "Bearer realm=\"athena-sandbox\", error=\"insufficient_scope\", scope=\"user/Observation.read\""
        )
        #expect(response.headers["Content-Type"] == FHIRResponse.contentType)
        #expect(try #require(response.json)["issue"]?[0]?["code"] == "forbidden")
    }

    @Test func aSearchWithoutATokenIs401BeforeAnyOtherCheck() {
        #expect(practice.get("/fhir/r4/Observation?patient=a-1000.E-806", token: nil).status == 401)
    }

    @Test func metadataNeedsNoToken() {
        #expect(practice.get("/fhir/r4/metadata", token: nil).status == 200)
    }

    @Test func aV2ReadScopeWithoutSearchCannotSearch() {
        let token = "Bearer system/Observation.r"
        #expect(practice.get("/fhir/r4/Observation/a-1000.OBS-8061", token: token).status == 200)
        #expect(practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806", token: token).status == 403)
    }

    /// Every type athenaOne serves is guarded: a token for one other type reaches none of it.
    @Test(arguments: AthenaCatalog.catalog.definitions.map(\.type))
    func everyTypeNeedsItsOwnScope(_ type: String) throws {
        let definition = try #require(AthenaCatalog.catalog[type])
        let other = type == "Patient" ? "Observation" : "Patient"
        let token = "Bearer system/\(other).read"
        let read = practice.get("/fhir/r4/\(type)/a-1000.X-1", token: token)
        #expect(read.status == 403, "read \(type)")
        if definition.supports(.searchType) {
            let search = practice.get("/fhir/r4/\(type)?\(tenancy)&_id=a-1000.X-1", token: token)
            #expect(search.status == 403, "search \(type)")
        }
        let wildcard = practice.get("/fhir/r4/\(type)/a-1000.X-1", token: "Bearer system/*.read")
        #expect(wildcard.status == 404, "read \(type) with a wildcard scope reaches the store")
    }

    // MARK: - Patient compartment

    @Test func aPatientTokenReadsItsOwnPatientOnly() {
        let token = "Bearer patient/*.read+patient:a-1000.E-806"
        #expect(practice.get("/fhir/r4/Patient/a-1000.E-806", token: token).status == 200)
        let other = practice.get("/fhir/r4/Patient/a-1000.E-807", token: token)
        #expect(other.status == 403)
        #expect(other.headers["WWW-Authenticate"] == "Bearer realm=\"athena-sandbox\", error=\"insufficient_scope\"")
        #expect(practice.get("/fhir/r4/Observation/a-1000.OBS-8061", token: token).status == 200)
        #expect(practice.get("/fhir/r4/Observation/a-1000.OBS-8079", token: token).status == 403)
        #expect(practice.get("/fhir/r4/Provenance/a-1000.PRV-1", token: token).status == 403)
    }

    @Test func aPatientTokenSearchesOnlyItsCompartment() throws {
        let token = "Bearer patient/*.read+patient:a-1000.E-806"
        let other = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-807", token: token)
        #expect(other.status == 403)
        let own = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806", token: token)
        #expect(ids(own).count == 6)
        let byID = practice.get("/fhir/r4/Observation?\(tenancy)&_id=a-1000.OBS-8079,a-1000.OBS-8061", token: token)
        #expect(ids(byID) == ["a-1000.OBS-8061"])
        let patients = practice.get("/fhir/r4/Patient?\(tenancy)&family=Quill&gender=female", token: token)
        #expect(ids(patients) == ["a-1000.E-806"])
        let provenance = practice.get("/fhir/r4/Provenance?\(tenancy)&target=Observation/a-1000.OBS-8079", token: token)
        #expect(provenance.status == 200)
        #expect(ids(provenance).isEmpty)
    }

    @Test func pagingCursorsStayInTheCompartment() throws {
        let token = "Bearer patient/*.read+patient:a-1000.E-806"
        // A cursor taken from a system-level search over both patients' data.
        let system = practice.get(
            "/fhir/r4/Observation?\(tenancy)&code=http://loinc.org%7C8867-4&_id=a-1000.OBS-8079,a-1000.OBS-8061&_count=1"
        )
        let next = try #require(system.json?["link"]?[1]?["url"]?.stringValue)
        let cursor = try #require(next.split(separator: "cursor=").last)
        let response = practice.get(
            "/fhir/r4/Observation?\(tenancy)&_id=a-1000.OBS-8079&cursor=\(cursor)",
            token: token
        )
        #expect(ids(response).isEmpty)
    }

    @Test func aPatientTokenWithoutAPatientInContextIsRefused() {
        #expect(practice.get("/fhir/r4/Patient/a-1000.E-806", token: "Bearer patient/*.read").status == 403)
    }

    // MARK: - Granular scopes

    @Test func aGranularCategoryScopeNeverReturnsOtherCategories() throws {
        let token =
            "Bearer user/Observation.rs?category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs"
        let search = practice.get("/fhir/r4/Observation?\(tenancy)&patient=a-1000.E-806", token: token)
        #expect(search.status == 200)
        #expect(ids(search).count == 5)
        #expect(!ids(search).contains("a-1000.OBS-LAB806"))
        #expect(try #require(search.json)["total"] == 5)
        #expect(practice.get("/fhir/r4/Observation/a-1000.OBS-LAB806", token: token).status == 403)
        #expect(practice.get("/fhir/r4/Observation/a-1000.OBS-8061", token: token).status == 200)
    }
}
