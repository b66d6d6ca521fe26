#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// ADWIN, the adaptive window of Bifet & Gavaldà (2007, "ADWIN2"): the core that ``BernoulliADWIN`` and
/// ``GaussianADWIN`` share. It keeps a window of the recent values, compressed into an exponential histogram
/// (at most `bucketsPerRow` + 1 buckets of each size 1, 2, 4, …, each holding its count, mean and sum of squared
/// deviations), so memory and time per update are O(log W) for a window of W values. After every value it
/// checks each split of the window into an older part W0 and a newer part W1 at a bucket boundary, and
/// detects a change when their means differ by more than
///
///     ε = √(2/m · σ²_W · δ′) + 2/(3m) · δ′,   1/m = 1/n0 + 1/n1,   δ′ = ln(2 ln W / δ),
///
/// with σ²_W the variance of the whole window. On a change it drops the oldest buckets until no split differs
/// any more: the window then holds only the values since the change, which is ADWIN's restart.
///
/// Calibration: δ is derived from `arl0`, never hand-set. Each split's test can be solved for the δ′ at which it
/// would just cut; −ln δ enters δ′ additively, so a window "excess" e = max over splits of (critical δ′ −
/// ln(2 ln W)) detects exactly when e ≥ −ln δ. Until its first detection the window never depends on δ, so one
/// simulated in-control stream from a fresh window gives the first-detection time for every δ at once, and
/// ``MonteCarloCalibration`` searches −ln δ (a bisection on log δ over the recorded excesses) for the smallest
/// value whose false-alarm rate 1/ARL, with the ARL at its 95% lower confidence bound, is at most 1/`arl0`.
/// The simulated streams are the in-control law (Bernoulli(p0) outcomes, or standardized normal scores),
/// seeded, so the result is the same on every machine. This is the zero-start ARL: in continuous operation a
/// detection keeps the newer part of the window, whose own splits are then slightly more likely to cut again,
/// so the long-run false-alarm rate measured on in-control streams is up to about twice 1/`arl0`.
public struct ADWIN: Sendable, Codable, Equatable {
    /// The shortest part a split may leave on either side.
    public static let minimumPart = 5
    /// The calibration effort used unless another is given: 160 seeded runs (ARL standard error about 8%), as
    /// each simulated sample costs O(log W) split tests. Measured (release build, arl0 = 10,000): a few seconds.
    public static let defaultEffort = MonteCarloCalibration.Effort(runsPerScenario: 160)
    /// Buckets of one size kept before the two oldest merge, as in the paper's M.
    public static let defaultBucketsPerRow = 5

    /// One bucket: a run of consecutive values summarized.
    struct Bucket: Sendable, Codable, Equatable {
        var count: Double
        var mean: Double
        /// Sum of squared deviations from `mean`.
        var squares: Double

        /// The summary of `self` followed by `other` (Chan et al.'s pairwise update).
        func merged(with other: Bucket) -> Bucket {
            let count = self.count + other.count
            let delta = other.mean - mean
            return Bucket(
                count: count,
                mean: mean + delta * other.count / count,
                squares: squares + other.squares + delta * delta * self.count * other.count / count
            )
        }
    }

    /// One split the test examined: how strongly it called for a cut, and its newer part.
    public struct Split: Sendable, Equatable {
        /// The split's excess: it cuts when this reaches −ln δ.
        public let excess: Double
        /// Values in the newer part W1.
        public let newerCount: Int
        /// The newer part's mean.
        public let newerMean: Double
        /// The older part's mean.
        public let olderMean: Double
    }

    /// −ln δ, the threshold on a split's excess.
    public let logConfidence: Double
    /// Buckets of one size kept before the two oldest merge.
    public let bucketsPerRow: Int
    /// rows[i] holds buckets of 2^i values, oldest first.
    private var rows: [[Bucket]] = []
    /// The whole window's summary.
    private var total = Bucket(count: 0, mean: 0, squares: 0)

    /// An empty window whose test uses δ = exp(−`logConfidence`).
    public init(logConfidence: Double, bucketsPerRow: Int = defaultBucketsPerRow) {
        precondition(logConfidence.isFinite, "−ln δ must be finite")
        precondition(bucketsPerRow >= 2, "ADWIN needs at least 2 buckets per row")
        self.logConfidence = logConfidence
        self.bucketsPerRow = bucketsPerRow
    }

    /// An empty window whose δ is calibrated for an in-control average run length of `arl0` on streams drawn
    /// from `law` (standardized normal values for ``PageHinkley/InControlLaw/normal``).
    public init(
        arl0: Double,
        law: PageHinkley.InControlLaw,
        bucketsPerRow: Int = defaultBucketsPerRow,
        effort: MonteCarloCalibration.Effort
    ) {
        precondition(BernoulliCUSUM.arl0Range.contains(arl0), "arl0 must lie in \(BernoulliCUSUM.arl0Range)")
        let offset = MonteCarloCalibration.offset(
            scenarios: [Simulation(window: ADWIN(logConfidence: 0, bucketsPerRow: bucketsPerRow), law: law)],
            arl0: arl0,
            bracket: log(arl0) + 2,
            effort: effort
        )
        self.init(logConfidence: offset, bucketsPerRow: bucketsPerRow)
    }

    /// Values in the window.
    public var width: Int { Int(total.count) }
    /// Buckets holding the window: O(log W).
    public var bucketCount: Int { rows.reduce(0) { $0 + $1.count } }
    /// The window's mean; 0 when it is empty.
    public var mean: Double { total.mean }

    /// Adds one value; the split that detected a change (after which the older part has been dropped), or nil.
    public mutating func update(_ x: Double) -> Split? {
        insert(x)
        guard let split = strongestSplit(), split.excess >= logConfidence else {
            return nil
        }
        repeat {
            dropOldest()
        } while (strongestSplit()?.excess ?? -.infinity) >= logConfidence
        return split
    }

    /// Empties the window.
    public mutating func reset() {
        rows = []
        total = Bucket(count: 0, mean: 0, squares: 0)
    }

    private mutating func insert(_ x: Double) {
        let bucket = Bucket(count: 1, mean: x, squares: 0)
        total = total.merged(with: bucket)
        if rows.isEmpty {
            rows.append([])
        }
        rows[0].append(bucket)
        var row = 0
        while row < rows.count && rows[row].count > bucketsPerRow {
            let merged = rows[row][0].merged(with: rows[row][1])
            rows[row].removeFirst(2)
            if row + 1 == rows.count {
                rows.append([])
            }
            rows[row + 1].append(merged)
            row += 1
        }
    }

    private mutating func dropOldest() {
        guard let last = rows.indices.last(where: { !rows[$0].isEmpty }) else {
            return
        }
        let oldest = rows[last].removeFirst()
        if rows[last].isEmpty && last == rows.count - 1 {
            rows.removeLast()
        }
        // Remove the oldest summary from the total by inverting the pairwise merge.
        let count = total.count - oldest.count
        if count <= 0 {
            reset()
            return
        }
        let mean = (total.mean * total.count - oldest.mean * oldest.count) / count
        let delta = mean - oldest.mean
        let squares = total.squares - oldest.squares - delta * delta * oldest.count * count / total.count
        total = Bucket(count: count, mean: mean, squares: max(0, squares))
    }

    /// The split with the largest excess, or nil when the window is too short to split.
    func strongestSplit() -> Split? {
        let width = total.count
        guard width >= Double(2 * Self.minimumPart) else {
            return nil
        }
        let variance = total.squares / width
        let base = log(2 * log(width))
        var older = Bucket(count: 0, mean: 0, squares: 0)
        var best: Split?
        for row in rows.indices.reversed() {
            for bucket in rows[row] {
                older = older.merged(with: bucket)
                let newerCount = width - older.count
                guard older.count >= Double(Self.minimumPart) else {
                    continue
                }
                guard newerCount >= Double(Self.minimumPart) else {
                    return best
                }
                let newerMean = (total.mean * width - older.mean * older.count) / newerCount
                let excess =
                    Self.criticalLogTerm(
                        difference: abs(newerMean - older.mean),
                        inverseM: 1 / older.count + 1 / newerCount,
                        variance: variance
                    ) - base
                if excess > (best?.excess ?? -.infinity) {
                    best = Split(
                        excess: excess,
                        newerCount: Int(newerCount),
                        newerMean: newerMean,
                        olderMean: older.mean
                    )
                }
            }
        }
        return best
    }

    /// The δ′ at which ε(δ′) equals `difference`: with s = √δ′, (2/3)(1/m)·s² + √(2σ²/m)·s = difference.
    static func criticalLogTerm(difference: Double, inverseM: Double, variance: Double) -> Double {
        let a = 2.0 / 3.0 * inverseM
        let b = (2 * variance * inverseM).squareRoot()
        let s = (-b + (b * b + 4 * a * difference).squareRoot()) / (2 * a)
        return s * s
    }
}

extension ADWIN {
    /// A fresh window on simulated in-control values; its excess is the strongest split's.
    struct Simulation: SimulatedChart {
        var window: ADWIN
        let law: PageHinkley.InControlLaw

        mutating func reset() {
            window.reset()
        }

        mutating func simulatedExcess(using generator: inout SplitMix64) -> Double {
            switch law {
            case .bernoulli(let p0):
                window.insert(generator.bernoulli(p0) ? 1 : 0)
            case .normal:
                window.insert(generator.normal())
            }
            return window.strongestSplit()?.excess ?? -.infinity
        }
    }
}
