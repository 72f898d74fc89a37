import Faults
import SandboxHTTP
import SandboxSupport
import Testing

@Suite struct FlagSyntaxTests {
    @Test func theOneLineFormReadsLikeTheJSONForm() throws {
        let flag = try FaultRule(flag: "status=503,path=/fhir/r4/**,times=2")
        let json = try TestRequests.rule(
            #"{"match": {"path": "/fhir/r4/**"}, "when": {"times": 2}, "action": {"type": "status", "status": 503}}"#
        )
        #expect(flag == json)
    }

    @Test func everyKindOfItem() throws {
        let rule = try FaultRule(
            flag: "id=x,description=slow,method=post,family=fhir,resourceType=Patient,clientID=0oa,"
                + "header=X-Chaos:on,after=1,times=3,probability=0.5,from=2026-01-15T14:00:00Z,"
                + "until=2026-01-16T14:00:00Z,delay=100..900"
        )
        #expect(rule.id == "x")
        #expect(rule.description == "slow")
        #expect(
            rule.match
                == FaultMatch(
                    method: "POST",
                    path: nil,
                    family: .fhir,
                    resourceType: "Patient",
                    clientID: "0oa",
                    header: .init(name: "X-Chaos", value: "on")
                )
        )
        #expect(rule.trigger.after == 1)
        #expect(rule.trigger.times == 3)
        #expect(rule.trigger.probability == 0.5)
        #expect(rule.trigger.window?.until == 1_768_572_000_000)
        #expect(rule.action == .delay(minMilliseconds: 100, maxMilliseconds: 900))
    }

    @Test(arguments: [
        ("reset", FaultAction.reset),
        ("close,nth=2", .close),
        ("hang", .hang(maxMilliseconds: 120_000)),
        ("hang=3000", .hang(maxMilliseconds: 3000)),
        ("delay=250", .delay(minMilliseconds: 250, maxMilliseconds: 250)),
        ("truncate=64", .truncate(bytes: 64)),
        ("slowBody=10", .slowBody(bytesPerSecond: 10)),
        ("malformedJSON", .malformedJSON),
        ("wrongContentType", .wrongContentType("text/html")),
        ("wrongContentType=text/xml", .wrongContentType("text/xml")),
        ("outcomeOnlySearchset", .outcomeOnlySearchset),
        ("nextLinkSkips=2", .nextLinkSkips(2)),
        ("relativeNextLinks=host-relative", .relativeNextLinks(.hostRelative)),
        ("writeErrorButCommitted", .writeErrorButCommitted(ErrorSpec(status: 500))),
        (
            "writeErrorButCommitted=504,format=gateway-html",
            .writeErrorButCommitted(ErrorSpec(status: 504, format: .gatewayHTML))
        ),
        ("rateLimit,retryAfter=2", .rateLimit(RateLimitSpec(retryAfter: 2))),
        ("ratelimit=developer-over-qps", .rateLimit(RateLimitSpec(style: .developerOverQPS))),
        ("STATUS=500,message=Try later", .status(ErrorSpec(status: 500, message: "Try later"))),
        ("status=503,responseHeader=Retry-After:5", .status(ErrorSpec(status: 503, headers: ["Retry-After": "5"]))),
    ])
    func eachActionHasAOneLineForm(flag: String, action: FaultAction) throws {
        #expect(try FaultRule(flag: flag).action == action)
    }

    @Test(arguments: [
        (
            "path=/fhir/r4/**",
            FaultsError.invalidField("action", "is required: name one, such as status=503, delay=500 or reset")
        ),
        ("status=503,reset", .invalidField("reset", "a rule has one action, and status came first")),
        ("status=503,colour=red", .unknownField("colour")),
        ("status=abc", .invalidField("action.status", "must be a whole number from 400 to 599")),
        ("status=503,times=", .invalidField("times", "needs a value, as times=...")),
        ("reset=now", .invalidField("reset", "takes no value")),
        ("status=503,nth=0", .invalidField("when.nth", "must be a whole number from 1 to 2147483647")),
    ])
    func mistakesNameTheKeyOrMember(flag: String, error: FaultsError) {
        #expect(throws: error) { try FaultRule(flag: flag) }
    }

    @Test func theEngineAddsAFlagRuleWithAGeneratedID() throws {
        let engine = FaultEngine()
        let rule = try engine.add(flag: "status=503,family=v1")
        #expect(rule.id == "rule-1")
        let facts = TestRequests.facts("GET", "/v1/195900/patients")
        #expect(TestRequests.response(engine.decide(for: facts))?.status == 503)
    }
}
