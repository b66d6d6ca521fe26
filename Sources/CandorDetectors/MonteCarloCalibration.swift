/// A chart made of several one-sided statistics that a ``MonteCarloCalibration`` can run on simulated
/// in-control data, one scenario (one plausible in-control law) per instance.
public protocol SimulatedChart {
    /// Puts every statistic back to its start, as after an alarm.
    mutating func reset()

    /// Draws one in-control sample from `generator`, feeds it to every statistic, and returns the chart's
    /// excess: the largest amount by which a statistic is above its base threshold (negative while all are
    /// below). With offset δ added to every base threshold, the chart alarms at the first sample whose excess
    /// reaches δ.
    mutating func simulatedExcess(using generator: inout SplitMix64) -> Double
}

/// Finds the common threshold offset at which a chart of several statistics has a wanted in-control average
/// run length, by simulation, for charts whose statistics interact so that no exact method applies (a union
/// of CUSUMs with different designs, a Gaussian chart, a baseline that is only estimated).
///
/// Each simulated run starts the chart from zero and records the running maximum of its excess, so one run
/// gives its run length for every offset at once: the first sample at which the running maximum reached the
/// offset. The false-alarm rate at offset δ is the average over the scenarios of 1 / ARL(δ); the chosen
/// offset is the smallest at which that rate, with each ARL replaced by its one-sided 95% lower confidence
/// bound, is at most 1 / `arl0`. A run is cut at `cap` samples and counts as that long, which only
/// underestimates the ARL. Everything is seeded, so the result is the same on every machine.
///
/// Cost: about `runs` · (scenarios) · (ARL at the bracket) chart updates; for arl0 = 10,000 that is a few
/// hundred milliseconds in a release build.
public enum MonteCarloCalibration: Sendable {
    /// How much simulation a calibration spends.
    public struct Effort: Sendable, Equatable {
        /// Simulated runs per scenario.
        public var runsPerScenario: Int
        /// The seed of the first run; scenarios and runs continue the sequence.
        public var seed: UInt64

        /// Creates an effort; `runsPerScenario` at least 20.
        public init(runsPerScenario: Int, seed: UInt64 = 0x6361_6E64_6F72) {
            precondition(runsPerScenario >= 20, "a calibration needs at least 20 runs per scenario")
            self.runsPerScenario = runsPerScenario
            self.seed = seed
        }

        /// 1,600 runs of one known in-control law: the ARL estimate's standard error is about 2.5%.
        public static let knownBaseline = Effort(runsPerScenario: 1_600)
        /// 240 runs in each of several plausible in-control laws.
        public static let estimatedBaseline = Effort(runsPerScenario: 240)
    }

    /// The smallest offset δ ≥ `minimum` at which the scenarios' average false-alarm rate is at most 1/`arl0`.
    ///
    /// - Parameters:
    ///   - scenarios: One chart per plausible in-control law, each at its start.
    ///   - arl0: The wanted in-control average run length, in samples.
    ///   - bracket: An offset at which the rate is believed to be below 1/`arl0` (a generous one costs only
    ///     a tenth of a run's time: a pilot simulation narrows it first). If it turns out too small, it is raised
    ///     by 1 and the simulation repeated, up to 8 times.
    ///   - minimum: The smallest offset to return.
    ///   - effort: Runs per scenario and the seed.
    public static func offset<Chart: SimulatedChart>(
        scenarios: [Chart],
        arl0: Double,
        bracket: Double,
        minimum: Double = 0,
        effort: Effort
    ) -> Double {
        precondition(!scenarios.isEmpty, "a calibration needs at least one scenario")
        precondition(arl0 > 1, "arl0 must exceed 1")
        // A pilot with a tenth of the runs finds the neighbourhood, so that the full simulation only runs as
        // far as it needs: its cost grows like e^(bracket − answer).
        let pilot = Effort(runsPerScenario: max(20, effort.runsPerScenario / 10), seed: effort.seed ^ 0x5EED)
        let rough = solve(scenarios, arl0: arl0, bracket: max(bracket, minimum), minimum: minimum, effort: pilot)
        return solve(scenarios, arl0: arl0, bracket: rough + 0.3, minimum: minimum, effort: effort)
    }

    private static func solve<Chart: SimulatedChart>(
        _ scenarios: [Chart],
        arl0: Double,
        bracket: Double,
        minimum: Double,
        effort: Effort
    ) -> Double {
        let cap = Int(min(8 * arl0, 50_000_000))
        var bracket = bracket
        for _ in 0..<8 {
            let records = scenarios.enumerated().map { index, chart in
                simulate(
                    chart,
                    runs: effort.runsPerScenario,
                    cap: cap,
                    until: bracket,
                    seed: effort.seed &+ UInt64(index) &* 0x1_0000_0000
                )
            }
            let acceptable = { (delta: Double) in
                falseAlarmRate(records, offset: delta, cap: cap) <= 1 / arl0
            }
            guard acceptable(bracket) else {
                bracket += 1
                continue
            }
            // The rate only falls as δ grows; search the recorded excess values, where it changes.
            var candidates = records.flatMap { runs in runs.flatMap { $0.map(\.excess) } }
            candidates = candidates.filter { $0 > minimum && $0 < bracket }
            candidates.append(contentsOf: [minimum, bracket])
            candidates.sort()
            var low = 0
            var high = candidates.count - 1
            while low < high {
                let middle = (low + high) / 2
                if acceptable(candidates[middle]) {
                    high = middle
                } else {
                    low = middle + 1
                }
            }
            return candidates[low]
        }
        return bracket
    }

    /// One point where a run's running maximum of the excess rose.
    struct Record {
        var sample: Int
        var excess: Double
    }

    private static func simulate<Chart: SimulatedChart>(
        _ chart: Chart,
        runs: Int,
        cap: Int,
        until bracket: Double,
        seed: UInt64
    ) -> [[Record]] {
        var generator = SplitMix64(seed: seed)
        var chart = chart
        var result: [[Record]] = []
        result.reserveCapacity(runs)
        for _ in 0..<runs {
            chart.reset()
            var records: [Record] = []
            var maximum = -Double.infinity
            var sample = 0
            while sample < cap {
                sample += 1
                let excess = chart.simulatedExcess(using: &generator)
                if excess > maximum {
                    maximum = excess
                    records.append(Record(sample: sample, excess: excess))
                    if excess >= bracket {
                        break
                    }
                }
            }
            result.append(records)
        }
        return result
    }

    /// The average over scenarios of 1 / (lower 95% bound of the ARL at `offset`).
    static func falseAlarmRate(_ scenarios: [[[Record]]], offset: Double, cap: Int) -> Double {
        var total = 0.0
        for runs in scenarios {
            var sum = 0.0
            var squares = 0.0
            for records in runs {
                let length = Double(records.first { $0.excess >= offset }?.sample ?? cap)
                sum += length
                squares += length * length
            }
            let count = Double(runs.count)
            let mean = sum / count
            let variance = max(0, squares / count - mean * mean)
            let lower = max(1, mean - 1.645 * (variance / count).squareRoot())
            total += 1 / lower
        }
        return total / Double(scenarios.count)
    }
}
