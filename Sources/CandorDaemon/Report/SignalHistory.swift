import CandorAlerts
import CandorDetectors
import Foundation

/// One signal's history as the report draws it, kept in at most ``capacity`` buckets of equal sample counts:
/// when they fill up, neighbours merge and each later bucket takes twice as many samples. A signal of ten
/// million samples costs as little memory and page as one of a thousand, and every bucket's interval rests
/// on as many samples as its neighbours'.
public struct SignalHistory: Sendable {
    /// Consecutive samples of the signal, summarised.
    public struct Bucket: Sendable, Equatable {
        /// When the first sample was taken, seconds since 1970.
        public var first: Double
        /// When the last was.
        public var last: Double
        /// How many samples.
        public var count: Int
        /// Their sum.
        public var sum: Double
        /// The sum of their squares (for a continuous signal's interval).
        public var squares: Double
        /// The baseline after the last sample, once there is one.
        public var baseline: Double?
        /// The largest statistic ÷ threshold of the detector's sides within the bucket (1 is the alarm level).
        public var ratio: Double?
        /// The statistic and threshold of that largest ratio.
        public var statistic: Double?
        /// The threshold of that largest ratio.
        public var threshold: Double?

        /// The middle of the bucket's time.
        public var time: Double { (first + last) / 2 }

        /// The mean of its samples: a rate for a yes/no signal.
        public var mean: Double { sum / Double(max(1, count)) }

        /// The 95% interval of the mean: Wilson's for a rate, the normal one for a mean (none from one sample).
        public func interval(rate: Bool) -> Interval? {
            if rate {
                let successes = Int(min(max(sum.rounded(), 0), Double(count)))
                return Intervals.wilson(successes: successes, trials: count)
            }
            guard count > 1 else { return nil }
            let variance = max(0, (squares - sum * sum / Double(count)) / Double(count - 1))
            let half = 1.959964 * (variance / Double(count)).squareRoot()
            guard half.isFinite, mean.isFinite else { return nil }
            return Interval(lower: mean - half, upper: mean + half)
        }

        /// This bucket followed by `next`.
        func merged(with next: Bucket) -> Bucket {
            let peak = (next.ratio ?? -.infinity) > (ratio ?? -.infinity) ? next : self
            return Bucket(
                first: first,
                last: next.last,
                count: count + next.count,
                sum: sum + next.sum,
                squares: squares + next.squares,
                baseline: next.baseline ?? baseline,
                ratio: peak.ratio,
                statistic: peak.statistic,
                threshold: peak.threshold
            )
        }
    }

    /// The most buckets kept; at most half as many after a merge.
    public static let capacity = 240

    /// The signal.
    public var key: SignalKey
    /// Whether it is a yes/no signal (a rate) rather than a continuous one (a mean).
    public var isRate: Bool
    /// Whether it is a category signal: then each sample added is one completed window's χ², not a trial's value.
    public var isMix: Bool
    /// The detector, such as `multi-cusum`.
    public var detector = ""
    /// The buckets, oldest first.
    public private(set) var buckets: [Bucket] = []
    /// Samples per bucket now.
    public private(set) var perBucket = 1
    /// Samples seen.
    public private(set) var samples = 0
    /// The detector's statistics after the last sample.
    public var readings: [DetectorReading] = []

    /// The buckets as a chart draws them: at most `points` of them, each of at least `minimum` samples where
    /// there are that many, so that a rate is not drawn from one or two yes/no samples at a time.
    public func display(points: Int = 120, minimum: Int = 10) -> [Bucket] {
        guard !buckets.isEmpty else { return [] }
        let perPoint = max(1, (buckets.count + points - 1) / max(1, points), (minimum + perBucket - 1) / perBucket)
        return stride(from: 0, to: buckets.count, by: perPoint).map { start in
            buckets[(start + 1)..<min(buckets.count, start + perPoint)].reduce(buckets[start]) { $0.merged(with: $1) }
        }
    }

    /// An empty history of `key`: of a rate, a mean, or (`isMix`) a category signal's windows.
    public init(key: SignalKey, isRate: Bool, isMix: Bool = false) {
        self.key = key
        self.isRate = isRate
        self.isMix = isMix
    }

    /// Adds one sample of the signal taken at `time` (seconds since 1970), with the monitor as it stands after it
    /// and the statistic ÷ threshold of an alarm the sample raised (the monitor's statistic has restarted by then).
    public mutating func add(
        _ value: Double,
        at time: Double,
        monitor: SignalMonitor,
        alarm: Alert.DetectorInfo? = nil
    ) {
        samples += 1
        detector = monitor.detectorName
        readings = monitor.readings
        var peak = readings.compactMap { reading -> (Double, DetectorReading)? in
            guard let threshold = reading.threshold, threshold > 0, reading.statistic.isFinite else { return nil }
            return (reading.statistic / threshold, reading)
        }.max { $0.0 < $1.0 }
        if let alarm, alarm.threshold > 0, alarm.statistic / alarm.threshold > (peak?.0 ?? -.infinity) {
            peak = (
                alarm.statistic / alarm.threshold,
                DetectorReading(name: alarm.name, statistic: alarm.statistic, threshold: alarm.threshold)
            )
        }
        let bucket = Bucket(
            first: time,
            last: time,
            count: 1,
            sum: value,
            squares: value * value,
            baseline: monitor.baselineLevel,
            ratio: peak?.0,
            statistic: peak?.1.statistic,
            threshold: peak?.1.threshold
        )
        if let last = buckets.last, last.count < perBucket {
            buckets[buckets.count - 1] = last.merged(with: bucket)
        } else {
            buckets.append(bucket)
        }
        if buckets.count > Self.capacity {
            buckets = stride(from: 0, to: buckets.count, by: 2).map { index in
                index + 1 < buckets.count ? buckets[index].merged(with: buckets[index + 1]) : buckets[index]
            }
            perBucket *= 2
        }
    }
}
