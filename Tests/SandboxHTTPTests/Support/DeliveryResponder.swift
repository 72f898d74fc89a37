import Foundation
import Glibc
import SandboxHTTP

/// The body every ``deliveryResponder`` answer carries: 1000 bytes, none repeating in step.
let deliveryBody: [UInt8] = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 256) }

/// A responder that answers `/<mode>/<number>` with ``deliveryBody`` delivered that way.
///
/// `/delayed/300`, `/hang/500`, `/reset`, `/close`, `/truncated/10`, `/slow/2000`; any other
/// path is answered at once.
let deliveryResponder = ClosureResponder { request in
    let parts = request.path.split(separator: "/")
    let number = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let delivery: HTTPResponse.Delivery =
        switch parts.first ?? "" {
        case "delayed": .delayed(milliseconds: number)
        case "hang": .hang(maximumMilliseconds: number)
        case "reset": .reset
        case "close": .closeWithoutResponse
        case "truncated": .truncated(afterBytes: number)
        case "slow": .slow(bytesPerSecond: number)
        default: .immediate
        }
    return HTTPResponse(
        status: 200,
        headers: ["Content-Type": "application/octet-stream"],
        body: deliveryBody,
        delivery: delivery
    )
}

/// Polls `condition` every 10 ms until it holds or `seconds` pass; returns whether it held.
func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        guard Date() < deadline else { return false }
        usleep(10_000)
    }
    return true
}

extension ContinuousClock.Instant {
    /// Milliseconds from `self` until now.
    var millisecondsSince: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
