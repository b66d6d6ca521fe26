#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A seeded, deterministic pseudo-random generator (Steele, Lea & Flood 2014) for simulated streams, so that
/// Monte Carlo calibration and the statistical tests give the same answer on every run and every machine.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1) with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// One Bernoulli(`rate`) outcome.
    public mutating func bernoulli(_ rate: Double) -> Bool {
        unit() < rate
    }

    /// One standard normal value (Box–Muller; the second value of the pair is discarded to keep the state a
    /// single word).
    public mutating func normal() -> Double {
        let u = 1 - unit()
        let v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
