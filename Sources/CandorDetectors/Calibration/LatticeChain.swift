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
/// The zero-start average run length L₀ solves (I - Q)L = 1 (Brook & Evans 1972). Two kinds of exact solver
/// share the work: recursions along the chain (``RunLengthRecursion``), which cost O(states · k) plus a k × k
/// solve for k the units of the step they divide through but can lose precision, and a row-by-row banded
/// elimination (`bandedAverageRunLength`), O(states · up · down), which is always stable. Recursion answers
/// are verified by their residuals, and banded elimination takes over whenever one fails.
struct LatticeChain: Sendable, Equatable {
    /// The most unknowns a recursion may have; beyond that its k × k solves cost more than they save.
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
        for direction in recursionDirections(states: states, solves: 1) {
            let recursion = RunLengthRecursion(chain: self, direction: direction, maxStates: states)
            if let value = recursion.verifiedAverageRunLength(states: states) {
                return value
            }
        }
        return bandedAverageRunLength(states: states)
    }

    /// The smallest state count whose zero-start run length reaches `target`, at most `limit`, which must
    /// already reach it (Wald: L₀ ≥ e^h for a likelihood-ratio CUSUM).
    ///
    /// A recursion table is grown from `initial` only as far as the search needs, and its answer n is accepted
    /// once verified run lengths confirm L₀(n) ≥ target > L₀(n - 1); otherwise banded elimination searches
    /// again.
    func smallestStates(reaching target: Double, initial: Int, limit: Int) -> Int {
        precondition(upProbability > 0, "an in-control chain must be able to move up")
        precondition(initial >= 1 && limit >= initial, "need 1 ≤ initial ≤ limit, got \(initial), \(limit)")
        let solves = 2 * (Int.bitWidth - limit.leadingZeroBitCount) + 8
        for direction in recursionDirections(states: limit, solves: solves) {
            if let states = recursionSearch(direction, reaching: target, initial: initial, limit: limit) {
                return states
            }
        }
        let states = Self.search(reaching: target, initial: initial, limit: limit) {
            bandedAverageRunLength(states: $0)
        }
        guard let states else {
            preconditionFailure("the lattice bound \(limit) does not reach ARL \(target)")
        }
        return states
    }

    /// The recursion half of `smallestStates`: its verified answer, or nil.
    private func recursionSearch(
        _ direction: RunLengthRecursion.Direction,
        reaching target: Double,
        initial: Int,
        limit: Int
    ) -> Int? {
        var recursion = RunLengthRecursion(chain: self, direction: direction, maxStates: initial)
        let found = Self.search(reaching: target, initial: initial, limit: limit) { states in
            recursion.extend(to: states)
            return recursion.estimatedAverageRunLength(states: states)
        }
        guard let states = found,
            let reached = recursion.verifiedAverageRunLength(states: states), reached >= target
        else {
            return nil
        }
        if states > 1 {
            guard let below = recursion.verifiedAverageRunLength(states: states - 1), below < target else {
                return nil
            }
        }
        return states
    }

    /// The smallest n in 1…`limit` with `runLength(n)` ≥ `target`, for a run length that grows with n, about
    /// exponentially; nil when `runLength` gives up (nil) or `limit` falls short.
    ///
    /// From `initial` it extrapolates log L₀ linearly to bracket the target (each step at most 1.5 times the
    /// last n, so a recursion table is not pushed far past the answer), then narrows the bracket by
    /// interpolating log L₀ (regula falsi with the Illinois safeguard: a bisection whenever the same end is
    /// kept twice), which takes a handful of evaluations instead of a dozen.
    static func search(reaching target: Double, initial: Int, limit: Int, runLength: (Int) -> Double?) -> Int? {
        typealias Point = (n: Int, log: Double, reached: Bool)
        func point(_ n: Int) -> Point? {
            runLength(n).map { (n, log(max($0, 1)), $0 >= target) }
        }
        let goal = log(target)
        // L₀ ≥ 1 always, so n = 0 stands in with log L₀ = 0.
        var low: Point = (0, 0, false)
        guard var high = point(initial) else {
            return nil
        }
        for _ in 0..<(2 * Int.bitWidth) {
            if high.reached {
                break
            }
            guard high.n < limit else {
                return nil
            }
            let slope = (high.log - low.log) / Double(high.n - low.n)
            let reach = slope > 0 ? Double(high.n) + 1.1 * (goal - high.log) / slope + 1 : 2 * Double(high.n)
            let next = min(limit, max(high.n + 1, min(Int(reach.rounded(.up)), high.n + max(1, high.n / 2))))
            guard let value = point(next) else {
                return nil
            }
            low = high
            high = value
        }
        guard high.reached else {
            return nil
        }
        var keptLow = 0
        var keptHigh = 0
        for _ in 0..<(4 * Int.bitWidth) {
            if high.n - low.n <= 1 {
                break
            }
            var guess = low.n + (high.n - low.n) / 2
            if keptLow < 2 && keptHigh < 2 {
                let fraction = (goal - low.log) / max(high.log - low.log, .leastNormalMagnitude)
                guess = low.n + Int((fraction * Double(high.n - low.n)).rounded())
            } else {
                keptLow = 0
                keptHigh = 0
            }
            guard let value = point(min(high.n - 1, max(low.n + 1, guess))) else {
                return nil
            }
            if value.reached {
                high = value
                keptLow += 1
                keptHigh = 0
            } else {
                low = value
                keptHigh += 1
                keptLow = 0
            }
        }
        return high.n
    }

    /// The recursions worth trying for state counts up to `states` with `solves` boundary solves, most
    /// promising first: of those cheaper than banded elimination, the ones whose parasitic solutions are
    /// expected to stay moderate (growth e^20 at most) by cost, then the rest by growth. A forward recursion with
    /// a single unknown counts as moderate whatever its estimate: its coefficients stay exactly 1 and its run
    /// lengths accumulate positive increments.
    private func recursionDirections(states: Int, solves: Int) -> [RunLengthRecursion.Direction] {
        let n = Double(states)
        let banded = Double(solves) * n * Double(upUnits) * Double(downUnits + 1)
        typealias Option = (direction: RunLengthRecursion.Direction, cost: Double, growth: Double)
        var options: [Option] = []
        for direction in RunLengthRecursion.Direction.allCases {
            let unknowns = direction == .forward ? upUnits : downUnits
            let k = Double(unknowns)
            let cost = n * (k + 1) + Double(solves) * k * k * k / 3
            guard unknowns <= Self.maxRecursionUnknowns && cost < banded else {
                continue
            }
            let stable = direction == .forward && unknowns == 1
            let growth = stable ? 0 : RunLengthRecursion.growthRate(chain: self, direction: direction) * n
            options.append((direction, cost, growth))
        }
        return options.sorted { a, b in
            let (aModerate, bModerate) = (a.growth <= 20, b.growth <= 20)
            return aModerate != bModerate ? aModerate : aModerate ? a.cost < b.cost : a.growth < b.growth
        }.map(\.direction)
    }
}
