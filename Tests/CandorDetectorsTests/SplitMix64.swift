/// A seeded, deterministic pseudo-random generator for simulated streams (Steele, Lea & Flood 2014), so that
/// the statistical tests give the same answer on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// One Bernoulli(`rate`) outcome.
    mutating func bernoulli(_ rate: Double) -> Bool {
        unit() < rate
    }
}
