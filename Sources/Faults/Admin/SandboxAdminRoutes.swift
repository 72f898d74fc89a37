package import SandboxHTTP
package import SandboxSupport

/// The admin routes for faults, deprecations and the simulated clock.
///
/// ```swift
/// SandboxAdminRoutes(faults: engine, deprecations: registry, clock: clock).register(on: &router)
/// ```
package struct SandboxAdminRoutes: Sendable {
    package let faults: FaultEngine
    package let deprecations: DeprecationRegistry
    package let clock: SimulatedClock

    package init(faults: FaultEngine, deprecations: DeprecationRegistry, clock: SimulatedClock) {
        self.faults = faults
        self.deprecations = deprecations
        self.clock = clock
    }

    /// Registers `/_sandbox/faults`, `/_sandbox/deprecations` and `/_sandbox/clock`, with their
    /// `/:id` forms.
    package func register(on router: inout Router) {
        FaultAdminAPI(engine: faults).register(on: &router)
        DeprecationAdminAPI(registry: deprecations, clock: clock).register(on: &router)
        ClockAdminAPI(clock: clock).register(on: &router)
    }
}
