#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One side of a Bernoulli log-likelihood-ratio CUSUM mapped onto an integer lattice, so that its run length
/// is a finite Markov chain (Brook & Evans 1972).
///
/// The chart moves up by `upStep` on the sample that favours p1 and down by `downStep` on the other one. The
/// lattice approximates the two steps by `upUnits` and `downUnits` multiples of one `unit`: the integer ratio
/// is the closest within a relative error that keeps the drift accurate, and the unit is chosen so that the
/// lattice chain is itself an exact log-likelihood-ratio CUSUM (E₀[exp(step)] = 1, a design rate within a
/// fraction of a percent of p1). That keeps Wald's identity, which governs the in-control run length, exact,
/// so thresholds agree with a much finer lattice to about 0.01.
struct CUSUMLattice: Sendable, Equatable {
    /// The largest integer multiplier the ratio search tries; designs close enough to p0 to need more are refused.
    static let maxMultiplier = 256

    /// True when p1 > p0, so a success (x = 1) moves the statistic up; false for a downward design.
    let upOnSuccess: Bool
    /// The exact increment on the sample that favours p1, in nats.
    let upStep: Double
    /// The exact decrement (positive) on the other sample, in nats.
    let downStep: Double
    /// `upStep` in lattice units.
    let upUnits: Int
    /// `downStep` in lattice units.
    let downUnits: Int
    /// The width of one lattice unit, in nats.
    let unit: Double

    /// Builds the lattice for the design pair; p0 and p1 must be distinct rates in (0, 1).
    init(p0: Double, p1: Double) {
        precondition(p0 > 0 && p0 < 1 && p1 > 0 && p1 < 1, "CUSUM rates must lie in (0, 1): p0=\(p0), p1=\(p1)")
        precondition(p0 != p1, "the CUSUM design rate p1 must differ from p0 (both \(p0))")
        upOnSuccess = p1 > p0
        if upOnSuccess {
            upStep = log(p1 / p0)
            downStep = log((1 - p0) / (1 - p1))
        } else {
            upStep = log((1 - p1) / (1 - p0))
            downStep = log(p0 / p1)
        }
        let upProbability = upOnSuccess ? p0 : 1 - p0
        // KL(p0 ‖ p1): minus the in-control drift. The ratio must be accurate enough not to distort it.
        let divergence = (1 - upProbability) * downStep - upProbability * upStep
        let tolerance = min(5e-4, 0.05 * divergence / (upProbability * upStep))
        let (up, down) = Self.integerRatio(upStep / downStep, tolerance: tolerance)
        precondition(
            upProbability * Double(up) < (1 - upProbability) * Double(down),
            "p1=\(p1) is too close to p0=\(p0) for a CUSUM design"
        )
        upUnits = up
        downUnits = down
        unit = Self.martingaleUnit(upProbability: upProbability, up: up, down: down, guess: downStep / Double(down))
    }

    /// The probability that one sample moves the statistic up, when samples are Bernoulli(`trueRate`).
    func upProbability(trueRate: Double) -> Double {
        upOnSuccess ? trueRate : 1 - trueRate
    }

    /// The lattice state count equivalent to a real threshold: the chart alarms once it reaches this state.
    func states(threshold: Double) -> Int {
        let count = (threshold / unit).rounded(.up)
        return count < 1 ? 1 : Int(min(count, Double(Int.max / 2)))
    }

    /// The real threshold that behaves like `states`: halfway between lattice points, so that the rounding of
    /// the exact increments never decides an alarm.
    func threshold(states: Int) -> Double {
        (Double(states) - 0.5) * unit
    }

    /// The smallest integer pair (u, d) with u/d within `tolerance` (relative) of `ratio`, or the best pair
    /// whose smaller member is at most `maxMultiplier`.
    private static func integerRatio(_ ratio: Double, tolerance: Double) -> (up: Int, down: Int) {
        var best = (up: 1, down: 1, error: Double.infinity)
        for multiplier in 1...maxMultiplier {
            let k = Double(multiplier)
            let up = ratio >= 1 ? (ratio * k).rounded() : k
            let down = ratio >= 1 ? k : (k / ratio).rounded()
            let error = abs(up / down / ratio - 1)
            if error < best.error {
                best = (Int(up), Int(down), error)
            }
            if error <= tolerance {
                break
            }
        }
        return (best.up, best.down)
    }

    /// The positive root u of P·e^{up·u} + (1-P)·e^{-down·u} = 1: the unit that makes the lattice increments an
    /// exact likelihood ratio against p0. The left side is convex, equal to 1 at 0 and falling there (negative
    /// drift), so the root is unique and bisection on a doubling bracket finds it.
    private static func martingaleUnit(upProbability: Double, up: Int, down: Int, guess: Double) -> Double {
        func excess(_ u: Double) -> Double {
            upProbability * expm1(Double(up) * u) + (1 - upProbability) * expm1(-Double(down) * u)
        }
        var low = 0.0
        var high = guess
        for _ in 0..<64 {
            if excess(high) > 0 {
                break
            }
            low = high
            high *= 2
        }
        for _ in 0..<200 {
            let middle = 0.5 * (low + high)
            if middle <= low || middle >= high {
                break
            }
            if excess(middle) <= 0 {
                low = middle
            } else {
                high = middle
            }
        }
        return 0.5 * (low + high)
    }
}
