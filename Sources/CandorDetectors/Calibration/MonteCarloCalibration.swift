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
/// offset. The false-alarm rate at offset δ is the (weighted) average over the scenarios of 1 / ARL(δ); the chosen
/// offset is the smallest at which that rate, with each ARL replaced by its one-sided 95% lower confidence
/// bound, is at most 1 / `arl0`. A run is cut at 5 · `arl0` samples and counts as that long, which only
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
    ///   - weights: The probability of each scenario (summing to 1); equal if nil.
    ///   - arl0: The wanted in-control average run length, in samples.
    ///   - bracket: An offset at which the rate is believed to be below 1/`arl0` (a generous one costs only
    ///     a tenth of a run's time: a pilot simulation narrows it first). If it turns out too small, the runs
    ///     carry on to a higher one.
    ///   - minimum: The smallest offset to return.
    ///   - effort: Runs per scenario and the seed.
    public static func offset<Chart: SimulatedChart>(
        scenarios: [Chart],
        weights: [Double]? = nil,
        arl0: Double,
        bracket: Double,
        minimum: Double = 0,
        effort: Effort
    ) -> Double {
        precondition(!scenarios.isEmpty, "a calibration needs at least one scenario")
        precondition(arl0 > 1, "arl0 must exceed 1")
        let weights = weights ?? Array(repeating: 1 / Double(scenarios.count), count: scenarios.count)
        precondition(weights.count == scenarios.count, "one weight per scenario")
        let cap = Int(min(5 * arl0, 50_000_000))
        // A pilot with a tenth of the runs finds the neighbourhood, so that the full simulation only runs as
        // far as it needs: its cost grows like e^(bracket − answer).
        var pilot = Simulation(scenarios, runs: max(20, effort.runsPerScenario / 10), seed: effort.seed ^ 0x5EED)
        let rough = pilot.solve(
            arl0: arl0,
            weights: weights,
            bracket: max(bracket, minimum),
            minimum: minimum,
            cap: cap
        )
        // The full simulation keeps only what can matter near the pilot's answer: a run's records below
        // `floor` are never read. Should the answer lie lower still, `floor` is returned, which errs on the
        // side of fewer false alarms. Without the floor, a short warm-up (whose plausible true rates include
        // ones that drift upwards for thousands of samples, recording a new maximum at nearly each) kept
        // hundreds of megabytes of records.
        let floor = max(minimum, rough - Self.floorBelowPilot)
        var full = Simulation(scenarios, runs: effort.runsPerScenario, seed: effort.seed)
        return full.solve(arl0: arl0, weights: weights, bracket: rough + 0.3, minimum: floor, cap: cap)
    }

    /// How far below the pilot's answer the full simulation still records excesses: far more than the pilot's
    /// error (its tenth of the runs puts it within a few tenths of a nat).
    static let floorBelowPilot = 1.0

    /// One point where a run's running maximum of the excess rose.
    struct Record {
        var sample: Int
        var excess: Double
    }

    /// One simulated run, resumable: when the bracket turns out too small, runs carry on from where they
    /// stopped rather than starting again.
    struct Run<Chart: SimulatedChart> {
        var chart: Chart
        var generator: SplitMix64
        var sample = 0
        var maximum = -Double.infinity
        var records: [Record] = []

        /// Runs on until the running maximum reaches `bracket` or the run reaches `cap` samples, recording each
        /// new maximum at or above `floor` (the smallest offset the search can ask about).
        mutating func extend(until bracket: Double, cap: Int, floor: Double) {
            while sample < cap && maximum < bracket {
                sample += 1
                let excess = chart.simulatedExcess(using: &generator)
                if excess > maximum {
                    maximum = excess
                    if excess >= floor {
                        records.append(Record(sample: sample, excess: excess))
                    }
                }
            }
        }
    }

    /// Runs in every scenario, and the offset search over them.
    struct Simulation<Chart: SimulatedChart> {
        var scenarios: [[Run<Chart>]]

        init(_ charts: [Chart], runs: Int, seed: UInt64) {
            var seeds = SplitMix64(seed: seed)
            scenarios = charts.map { chart in
                var start = chart
                start.reset()
                return (0..<runs).map { _ in Run(chart: start, generator: SplitMix64(seed: seeds.next())) }
            }
        }

        /// The smallest offset ≥ `minimum` at which the average false-alarm rate is at most 1/`arl0`, raising the
        /// bracket (by at least 1, doubling the distance above `minimum`) until it holds, at most 40 times.
        mutating func solve(arl0: Double, weights: [Double], bracket: Double, minimum: Double, cap: Int) -> Double {
            var bracket = bracket
            for _ in 0..<40 {
                for scenario in scenarios.indices {
                    for run in scenarios[scenario].indices {
                        scenarios[scenario][run].extend(until: bracket, cap: cap, floor: minimum)
                    }
                }
                let records = scenarios.map { $0.map(\.records) }
                let acceptable = { (delta: Double) in
                    MonteCarloCalibration.falseAlarmRate(records, weights: weights, offset: delta, cap: cap) <= 1 / arl0
                }
                guard acceptable(bracket) else {
                    bracket += max(1, bracket - minimum)
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
    }

    /// The weighted average over scenarios of 1 / (lower 95% bound of the ARL at `offset`).
    static func falseAlarmRate(_ scenarios: [[[Record]]], weights: [Double], offset: Double, cap: Int) -> Double {
        var total = 0.0
        for (runs, weight) in zip(scenarios, weights) {
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
            total += weight / lower
        }
        return total
    }
}
