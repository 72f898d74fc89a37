import SandboxSupport

/// Draws the chart generator needs beyond those SandboxSupport offers.
extension SeededGenerator {
    /// A number in the closed range, rounded to `decimals` places.
    mutating func value(in range: ClosedRange<Double>, decimals: Int) -> Double {
        let raw =
            range.lowerBound == range.upperBound
            ? range.lowerBound : Double.random(in: range, using: &self)
        return Self.round(raw, decimals: decimals)
    }

    /// A roughly bell-shaped number: the mean of three uniform draws over `mean ± spread`.
    mutating func bell(mean: Double, spread: Double) -> Double {
        let sum = (0..<3).reduce(0.0) { total, _ in total + Double.random(in: -spread...spread, using: &self) }
        return mean + sum / 3
    }

    /// An index chosen with probability proportional to its weight; `nil` when all weights are 0.
    mutating func weightedIndex(_ weights: [Double]) -> Int? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        var remaining = Double.random(in: 0..<total, using: &self)
        for (index, weight) in weights.enumerated() {
            if remaining < weight { return index }
            remaining -= weight
        }
        return weights.lastIndex { $0 > 0 }
    }

    /// A two-digit suffix for a 555-01xx telephone number, reserved for fiction.
    mutating func fictionalPhone(areaCode: String) -> String {
        let line = int(in: 0...99)
        return "(\(areaCode)) 555-01\(line < 10 ? "0" : "")\(line)"
    }

    static func round(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
