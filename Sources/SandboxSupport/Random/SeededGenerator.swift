/// A random number generator whose whole sequence follows from its seed.
///
/// Everything the sandbox makes up (patients, charts, fault schedules, model answers) draws from
/// one of these, so the same seed gives the same bytes on every machine. It is SplitMix64
/// (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014): small,
/// fast and well distributed. It is not for secrets; tokens and client secrets use the system
/// generator instead.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// A generator for one named part of the work, independent of how much any other part draws.
    ///
    /// Deriving a stream per patient (or per purpose) keeps a change in one part from shifting
    /// every value after it.
    package init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.init(seed: seed ^ hash)
        _ = next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }
}

extension SeededGenerator {
    /// An element of a non-empty collection, chosen uniformly.
    package mutating func pick<C: Collection>(_ collection: C) -> C.Element {
        guard let element = collection.randomElement(using: &self) else {
            fatalError("pick(_:) needs a non-empty collection")
        }
        return element
    }

    /// `true` with the given probability.
    package mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// A whole number in the closed range.
    package mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }
}
