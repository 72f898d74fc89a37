import SandboxHTTP
import SandboxSupport

/// `/_sandbox/faults`: list, add, read and remove fault rules at run time.
struct FaultAdminAPI: Sendable {
    let engine: FaultEngine

    func register(on router: inout Router) {
        router.get("/_sandbox/faults") { _, _ in list() }
        router.post("/_sandbox/faults") { request, _ in add(request) }
        router.add("DELETE", "/_sandbox/faults") { _, _ in
            engine.removeAll()
            return .empty(status: 204)
        }
        router.get("/_sandbox/faults/:id") { _, match in read(match) }
        router.add("DELETE", "/_sandbox/faults/:id") { _, match in delete(match) }
        AdminJSON.refuseOtherMethods(on: &router, "/_sandbox/faults", allowed: ["GET", "POST", "DELETE"])
        AdminJSON.refuseOtherMethods(on: &router, "/_sandbox/faults/:id", allowed: ["GET", "DELETE"])
    }

    /// `{"seed": N, "rules": [...]}`, each rule with its `state` counts.
    func list() -> HTTPResponse {
        let rules = engine.list().map(\.json)
        return AdminJSON.json(.object(["seed": .int(Int(truncatingIfNeeded: engine.seed)), "rules": .array(rules)]))
    }

    /// One rule (a body with `action`), one rule in the flag form (`{"flag": "status=503,..."}`),
    /// or a settings document (`{"seed": N, "rules": [...]}`).
    func add(_ request: HTTPRequest) -> HTTPResponse {
        do throws(FaultsError) {
            let body = try AdminJSON.object(of: request)
            if body["action"] != nil || body["flag"] != nil {
                let rule = try Self.rule(body)
                let existed = !rule.id.isEmpty && engine.status(id: rule.id) != nil
                let kept = engine.add(rule)
                let status = engine.status(id: kept.id).map(\.json) ?? kept.json
                return AdminJSON.json(status, status: existed ? 200 : 201)
            }
            engine.load(try FaultEngine.Settings(json: body))
            return list()
        } catch {
            return AdminJSON.failure(error)
        }
    }

    func read(_ match: RouteMatch) -> HTTPResponse {
        guard let id = AdminJSON.id(match), let status = engine.status(id: id) else {
            return AdminJSON.failure(.unknownID(AdminJSON.id(match) ?? ""))
        }
        return AdminJSON.json(status.json)
    }

    func delete(_ match: RouteMatch) -> HTTPResponse {
        guard let id = AdminJSON.id(match), engine.remove(id: id) else {
            return AdminJSON.failure(.unknownID(AdminJSON.id(match) ?? ""))
        }
        return .empty(status: 204)
    }

    /// The rule of a body with `action`, or of a body `{"flag": "..."}`.
    private static func rule(_ body: JSONValue) throws(FaultsError) -> FaultRule {
        guard let flag = body["flag"] else { return try FaultRule(json: body) }
        guard let text = flag.stringValue, body.members?.count == 1 else {
            throw .invalidField("flag", "must be a string, and the only member")
        }
        return try FaultRule(flag: text)
    }
}
