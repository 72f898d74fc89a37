import Faults
import SandboxHTTP
import SandboxSupport

/// A router with the admin routes over a fresh engine, registry and clock.
struct AdminHarness {
    let engine = FaultEngine(seed: 1)
    let registry = DeprecationRegistry()
    let clock = SimulatedClock()
    let router: Router

    init() {
        var router = Router()
        SandboxAdminRoutes(faults: engine, deprecations: registry, clock: clock).register(on: &router)
        self.router = router
    }

    func send(_ method: String, _ target: String, _ body: String? = nil) -> HTTPResponse {
        let request = HTTPRequest(
            method: method,
            target: target,
            headers: body == nil ? [:] : ["Content-Type": "application/json"],
            body: Array((body ?? "").utf8)
        )
        return router.respond(to: request)
    }

    func json(_ response: HTTPResponse) -> JSONValue? {
        try? JSONValue.parse(response.body)
    }
}
