import SandboxHTTP
import SandboxSupport

/// `/_sandbox/deprecations`: list, add, change and remove deprecation entries at run time.
struct DeprecationAdminAPI: Sendable {
    let registry: DeprecationRegistry
    let clock: SimulatedClock

    func register(on router: inout Router) {
        router.get("/_sandbox/deprecations") { _, _ in list() }
        router.post("/_sandbox/deprecations") { request, _ in add(request) }
        router.add("DELETE", "/_sandbox/deprecations") { _, _ in
            registry.removeAll()
            return .empty(status: 204)
        }
        router.get("/_sandbox/deprecations/:id") { _, match in read(match) }
        router.post("/_sandbox/deprecations/:id") { request, match in change(request, match) }
        router.add("DELETE", "/_sandbox/deprecations/:id") { _, match in delete(match) }
        AdminJSON.refuseOtherMethods(on: &router, "/_sandbox/deprecations", allowed: ["GET", "POST", "DELETE"])
        AdminJSON.refuseOtherMethods(on: &router, "/_sandbox/deprecations/:id", allowed: ["GET", "POST", "DELETE"])
    }

    /// `{"profile": ..., "deprecations": [...]}`, each entry with its `phase` now.
    func list() -> HTTPResponse {
        AdminJSON.json(registry.json(at: clock.now))
    }

    /// One entry (a body with `kind`), or a settings document (`{"profile", "deprecations"}`).
    func add(_ request: HTTPRequest) -> HTTPResponse {
        do throws(FaultsError) {
            let body = try AdminJSON.object(of: request)
            guard body["kind"] != nil else {
                registry.load(try DeprecationRegistry.Settings(json: body))
                return list()
            }
            let entry = try Deprecation(json: body)
            let replaced = registry.add(entry)
            return AdminJSON.json(json(entry), status: replaced ? 200 : 201)
        } catch {
            return AdminJSON.failure(error)
        }
    }

    func read(_ match: RouteMatch) -> HTTPResponse {
        guard let id = AdminJSON.id(match), let entry = registry.entry(id: id) else {
            return AdminJSON.failure(.unknownID(AdminJSON.id(match) ?? ""))
        }
        return AdminJSON.json(json(entry))
    }

    /// Changes the members the body names, such as `{"enabled": true}`, keeping the others.
    func change(_ request: HTTPRequest, _ match: RouteMatch) -> HTTPResponse {
        do throws(FaultsError) {
            guard let id = AdminJSON.id(match), let current = registry.entry(id: id) else {
                throw .unknownID(AdminJSON.id(match) ?? "")
            }
            let body = try AdminJSON.object(of: request)
            if let bodyID = body["id"], bodyID != .string(id) {
                throw .invalidField("id", "must match the id in the path")
            }
            var merged = current.json
            for member in body.members ?? [] { merged.set(member.key, member.value) }
            let entry = try Deprecation(json: merged)
            registry.add(entry)
            return AdminJSON.json(json(entry))
        } catch {
            return AdminJSON.failure(error)
        }
    }

    func delete(_ match: RouteMatch) -> HTTPResponse {
        guard let id = AdminJSON.id(match), registry.remove(id: id) else {
            return AdminJSON.failure(.unknownID(AdminJSON.id(match) ?? ""))
        }
        return .empty(status: 204)
    }

    private func json(_ entry: Deprecation) -> JSONValue {
        var json = entry.json
        json.set("phase", .string(entry.phase(at: clock.now).rawValue))
        return json
    }
}
