import SandboxHTTP
import Testing

@Suite struct RouterTests {
    /// A handler answering with its own label and what it captured.
    private func label(_ name: String) -> Router.Handler {
        { _, match in
            let parameters = match.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
            return .text("\(name) [\(parameters)] rest=\(match.rest ?? "<none>")")
        }
    }

    private func body(_ router: Router, _ method: String, _ target: String) -> String {
        String(decoding: router.respond(to: HTTPRequest(method: method, target: target)).body, as: UTF8.self)
    }

    @Test func literalSegmentsBeatParametersWhateverTheOrderOfRegistration() {
        var router = Router()
        router.get("/fhir/r4/:type/:id", handler: label("read"))
        router.get("/fhir/r4/metadata", handler: label("metadata"))
        router.get("/fhir/r4/:type", handler: label("search"))
        router.get("/fhir/r4/*", handler: label("any"))
        #expect(body(router, "GET", "/fhir/r4/metadata") == "metadata [] rest=<none>")
        #expect(body(router, "GET", "/fhir/r4/Patient") == "search [type=Patient] rest=<none>")
        #expect(body(router, "GET", "/fhir/r4/Patient/1") == "read [type=Patient,id=1] rest=<none>")
        #expect(body(router, "GET", "/fhir/r4/Patient/1/_history/2") == "any [] rest=Patient/1/_history/2")
    }

    @Test func capturesStayPercentEncoded() {
        var router = Router()
        router.get("/fhir/r4/Patient/:id", handler: label("read"))
        #expect(body(router, "GET", "/fhir/r4/Patient/a%2Fb?x=1") == "read [id=a%2Fb] rest=<none>")
    }

    @Test func restMatchesZeroOrMoreSegments() {
        var router = Router()
        router.post("/anthropic/*", handler: label("model"))
        #expect(body(router, "POST", "/anthropic") == "model [] rest=")
        #expect(body(router, "POST", "/anthropic/v1/messages") == "model [] rest=v1/messages")
    }

    @Test func trailingSlashAndEmptySegmentsMustMatchExactly() {
        var router = Router()
        router.get("/a/:x", handler: label("x"))
        #expect(router.respond(to: HTTPRequest(method: "GET", target: "/a/")).status == 200)
        #expect(body(router, "GET", "/a/") == "x [x=] rest=<none>")
        #expect(router.respond(to: HTTPRequest(method: "GET", target: "/a/b/")).status == 404)
        #expect(router.respond(to: HTTPRequest(method: "GET", target: "/a")).status == 404)
    }

    @Test func anUnmatchedPathGoesToTheNotFoundFallback() {
        var router = Router(notFound: { request in .text("missing \(request.path)", status: 404) })
        router.get("/known", handler: label("known"))
        let response = router.respond(to: HTTPRequest(method: "GET", target: "/unknown?q=1"))
        #expect(response.status == 404)
        #expect(String(decoding: response.body, as: UTF8.self) == "missing /unknown")
    }

    @Test func aPathMatchedOnlyUnderOtherMethodsGets405WithAllow() {
        var router = Router(methodNotAllowed: { _ in .text("nope", status: 405) })
        router.get("/fhir/r4/Patient/:id", handler: label("read"))
        router.add("PUT", "/fhir/r4/Patient/:id", handler: label("update"))
        router.post("/fhir/r4/:type/_search", handler: label("search"))
        let response = router.respond(to: HTTPRequest(method: "DELETE", target: "/fhir/r4/Patient/1"))
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD, PUT")
        #expect(String(decoding: response.body, as: UTF8.self) == "nope")
    }

    @Test func headUsesTheGetHandlerUnlessAHeadHandlerExists() {
        var router = Router()
        router.get("/a", handler: label("get-a"))
        router.get("/b", handler: label("get-b"))
        router.add("HEAD", "/b", handler: label("head-b"))
        #expect(body(router, "HEAD", "/a") == "get-a [] rest=<none>")
        #expect(body(router, "HEAD", "/b") == "head-b [] rest=<none>")
    }

    @Test func methodsAreMatchedExactly() {
        var router = Router()
        router.get("/a", handler: label("get"))
        #expect(router.respond(to: HTTPRequest(method: "get", target: "/a")).status == 405)
    }

    @Test func theFirstRegistrationWinsAmongEqualPatterns() {
        var router = Router()
        router.get("/a/:x", handler: label("first"))
        router.get("/a/:y", handler: label("second"))
        #expect(body(router, "GET", "/a/1") == "first [x=1] rest=<none>")
    }

    @Test func matchSubscriptFindsAParameterByName() {
        var router = Router()
        router.get("/v1/:practiceid/patients/:patientid") { _, match in
            .text("\(match["practiceid"] ?? "-") \(match["patientid"] ?? "-") \(match["missing"] ?? "-")")
        }
        #expect(body(router, "GET", "/v1/195900/patients/7") == "195900 7 -")
    }

    @Test func aRejectionIsAnsweredAsPlainTextUnlessTheRouterIsGivenAFormat() {
        var router = Router()
        let request = HTTPRequest(method: "POST", target: "/fhir/r4/Patient")
        let plain = router.respond(toRejected: request, status: 413, reason: "Request body exceeds 10 bytes")
        #expect(plain.status == 413)
        #expect(String(decoding: plain.body, as: UTF8.self) == "Request body exceeds 10 bytes\n")

        router.rejected = { request, status, reason in
            .json(bytes: Array("{\"path\":\"\(request.path)\",\"reason\":\"\(reason)\"}".utf8), status: status)
        }
        let formatted = router.respond(toRejected: request, status: 414, reason: "too long")
        #expect(formatted.status == 414)
        #expect(formatted.headers["Content-Type"] == "application/json")
        #expect(String(decoding: formatted.body, as: UTF8.self) == #"{"path":"/fhir/r4/Patient","reason":"too long"}"#)
    }
}
