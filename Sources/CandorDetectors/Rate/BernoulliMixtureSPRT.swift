#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An always-valid sequential test of a yes/no stream against its baseline rate p0 (``MixtureSPRT``): the
/// changed rate is averaged over a Beta(c·p0, c·(1 − p0)) prior centred on p0, so after s successes in n
/// outcomes
///
///     Λ_n = B(c·p0 + s, c·(1 − p0) + n − s) / B(c·p0, c·(1 − p0)) / (p0^s · (1 − p0)^(n − s)),
///
/// in closed form through lgamma. It alarms when Λ_n ≥ `arl0` (a false alarm before a restart has probability at
/// most 1/`arl0`), in either direction, and then restarts; between alarms it offers an always-valid p-value and
/// an e-value an operator can quote.
///
/// The prior's strength c (its weight in samples) sets which changes the test is quickest for: its standard
/// deviation √(p0(1 − p0)/(c + 1)) is the typical change it expects. By default it is p0 (a doubling),
/// so c = (1 − p0)/p0 − 1, at least 2.
///
/// The value is its whole state: encode it to persist a running test.
public struct BernoulliMixtureSPRT: RateDetector {
    /// The baseline rate, after clamping into ``BernoulliCUSUM/rateRange``.
    public let p0: Double
    /// The prior's strength c, in samples.
    public let priorStrength: Double
    /// The evidence since the last restart.
    public private(set) var evidence: MixtureSPRT
    /// Outcomes since the last restart.
    public private(set) var trials = 0
    /// Successes among them.
    public private(set) var successes = 0

    /// Builds a test.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate, clamped into ``BernoulliCUSUM/rateRange``.
    ///   - arl0: The alarm threshold on Λ, above 1: the bound on the false-alarm probability is 1/`arl0`.
    ///   - priorStrength: The prior's weight c in samples, positive, or nil for a prior whose standard
    ///     deviation is p0.
    public init(p0: Double, arl0: Double = 10_000, priorStrength: Double? = nil) {
        precondition(!p0.isNaN, "the baseline rate must be a number")
        precondition(priorStrength.map { $0 > 0 } ?? true, "the prior strength must be positive")
        let rate = min(max(p0, BernoulliCUSUM.rateRange.lowerBound), BernoulliCUSUM.rateRange.upperBound)
        self.p0 = rate
        self.priorStrength = priorStrength ?? max(2, (1 - rate) / rate - 1)
        evidence = MixtureSPRT(arl0: arl0)
    }

    /// The always-valid p-value since the last restart.
    public var pValue: Double { evidence.pValue }
    /// The e-value Λ of the outcomes since the last restart.
    public var eValue: Double { evidence.eValue }

    /// Feeds one outcome (true = success, e.g. a lie). When Λ reaches `arl0` it returns the alarm (log Λ and
    /// log `arl0` in nats, the outcomes since the restart as the run) and restarts; otherwise nil.
    public mutating func update(_ x: Bool) -> RateAlarm? {
        trials += 1
        successes += x ? 1 : 0
        let a = priorStrength * p0
        let b = priorStrength * (1 - p0)
        let s = Double(successes)
        let f = Double(trials - successes)
        let logRatio = Self.logBeta(a + s, b + f) - Self.logBeta(a, b) - s * log(p0) - f * log1p(-p0)
        guard evidence.record(logRatio) else {
            return nil
        }
        let alarm = RateAlarm(
            direction: s > p0 * Double(trials) ? .up : .down,
            statistic: logRatio,
            threshold: evidence.logThreshold,
            runLength: trials,
            runSuccesses: successes
        )
        reset()
        return alarm
    }

    /// Restarts the test from no outcomes, as after an alarm.
    public mutating func reset() {
        evidence.reset()
        trials = 0
        successes = 0
    }

    /// log B(a, b).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        lgamma(a) + lgamma(b) - lgamma(a + b)
    }
}
