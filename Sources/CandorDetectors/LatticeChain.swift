#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The Markov chain of a lattice CUSUM: from state i it moves to i + `upUnits` with probability
/// `upProbability` (an alarm once it reaches the state count) and otherwise to max(0, i - `downUnits`).
///
/// The zero-start average run length L₀ solves (I - Q)L = 1 (Brook & Evans 1972). Three exact solvers share
/// the work: two recursions along the chain (``RunLengthRecursion``), which cost O(states · k) plus a k × k
/// solve for k the units of the step they divide through, and a row-by-row banded elimination
/// (`bandedAverageRunLength`), O(states · up · down), used when both recursions would lose precision.
struct LatticeChain: Sendable, Equatable {
    /// The largest growth (natural log of the coefficient magnitude) a recursion may reach before its answer is
    /// distrusted; e^27 ≈ 5·10^11 leaves four to five significant digits, plenty for a run length.
    static let growthLimit = 27.0
    /// The largest number of unknowns worth a recursion when the banded solver is also affordable.
    static let maxRecursionUnknowns = 256

    /// The probability of an up step.
    let upProbability: Double
    /// The up step in lattice units.
    let upUnits: Int
    /// The down step in lattice units.
    let downUnits: Int

    /// The zero-start average run length when the chart alarms at `states` (at least 1); infinite when the
    /// chain can never move up.
    func averageRunLength(states: Int) -> Double {
        precondition(states >= 1, "a lattice CUSUM needs at least one state")
        if upProbability <= 0 {
            return .infinity
        }
        let bandedCost = Double(states) * Double(upUnits) * Double(downUnits + 1)
        if let direction = cheapestRecursion(states: states, solves: 1), direction.cost < bandedCost {
            let recursion = RunLengthRecursion(chain: self, direction: direction.direction, maxStates: states)
            if let value = recursion.averageRunLength(states: states) {
                return value
            }
        }
        return bandedAverageRunLength(states: states)
    }

    /// The smallest state count whose zero-start run length reaches `target`, at most `limit`, which must
    /// already reach it (Wald: L₀ ≥ e^h for a likelihood-ratio CUSUM).
    ///
    /// The recursion table grows by a quarter at a time from `initial` until the target is reached, so it
    /// never extends (or grows numerically) much past the answer; bisection then finishes inside the last
    /// step. Should the table lose precision first, banded elimination takes over from there.
    func smallestStates(reaching target: Double, initial: Int, limit: Int) -> Int {
        precondition(upProbability > 0, "an in-control chain must be able to move up")
        precondition(initial >= 1 && limit >= initial, "need 1 ≤ initial ≤ limit, got \(initial), \(limit)")
        var low = 0
        var high = initial
        if var recursion = preferredRecursion(limit: limit, initial: initial) {
            // Bounded: each pass grows `high` by a quarter (at least one) until `limit`.
            while let length = recursion.averageRunLength(states: high) {
                if length >= target {
                    return Self.bisect(low: low, high: high) { (recursion.averageRunLength(states: $0) ?? 0) >= target }
                }
                precondition(high < limit, "the lattice bound \(limit) does not reach ARL \(target)")
                low = high
                high = min(limit, high + max(1, high / 4))
                recursion.extend(to: high)
            }
        }
        for _ in 0..<Int.bitWidth where bandedAverageRunLength(states: high) < target {
            precondition(high < limit, "the lattice bound \(limit) does not reach ARL \(target)")
            low = high
            high = min(limit, 2 * high)
        }
        return Self.bisect(low: low, high: high) { bandedAverageRunLength(states: $0) >= target }
    }

    /// The smallest n in (`low`, `high`] with `reaches(n)`, given that `reaches` is monotone and true at `high`.
    private static func bisect(low: Int, high: Int, reaches: (Int) -> Bool) -> Int {
        var low = low
        var high = high
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if reaches(middle) {
                high = middle
            } else {
                low = middle
            }
        }
        return high
    }

    /// A recursion table for state counts up to `initial`, in the direction expected to stay accurate longest
    /// (the cheaper one when both are expected to last to `limit`), or nil when neither has few enough unknowns.
    private func preferredRecursion(limit: Int, initial: Int) -> RunLengthRecursion? {
        let solves = 2 * (Int.bitWidth - limit.leadingZeroBitCount) + 8
        let direction: RunLengthRecursion.Direction
        if let cheap = cheapestRecursion(states: limit, solves: solves) {
            direction = cheap.direction
        } else {
            let forwardRate = -log(upProbability) / Double(upUnits)
            let backwardRate = upProbability < 1 ? -log(1 - upProbability) / Double(downUnits) : .infinity
            let forward = upUnits <= Self.maxRecursionUnknowns ? forwardRate : .infinity
            let backward = downUnits <= Self.maxRecursionUnknowns ? backwardRate : .infinity
            guard min(forward, backward).isFinite else {
                return nil
            }
            direction = forward <= backward ? .forward : .backward
        }
        return RunLengthRecursion(chain: self, direction: direction, maxStates: initial)
    }

    /// The cheapest recursion direction whose estimated growth up to `states` stays within `growthLimit`,
    /// or nil when neither does.
    private func cheapestRecursion(
        states: Int,
        solves: Int
    ) -> (direction: RunLengthRecursion.Direction, cost: Double)? {
        typealias Option = (direction: RunLengthRecursion.Direction, cost: Double, growth: Double)
        var options: [Option] = []
        // Parasitic solutions grow by 1/P per forward step of `upUnits` states, by 1/(1-P) per backward step.
        if upUnits <= Self.maxRecursionUnknowns {
            let growth = -log(upProbability) * Double(states) / Double(upUnits)
            options.append((.forward, Self.cost(states: states, unknowns: upUnits, solves: solves), growth))
        }
        if downUnits <= Self.maxRecursionUnknowns && upProbability < 1 {
            let growth = -log(1 - upProbability) * Double(states) / Double(downUnits)
            options.append((.backward, Self.cost(states: states, unknowns: downUnits, solves: solves), growth))
        }
        let chosen = options.filter { $0.growth <= Self.growthLimit }.min { $0.cost < $1.cost }
        return chosen.map { ($0.direction, $0.cost) }
    }

    private static func cost(states: Int, unknowns: Int, solves: Int) -> Double {
        let k = Double(unknowns)
        return Double(states) * (k + 1) + Double(solves) * k * k * k / 3
    }
}
