#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An always-valid sequential test of a stream of continuous scores against its baseline mean μ0, with known
/// spread σ0 (``MixtureSPRT``): the changed mean is averaged over a normal prior N(μ0, τ²), so after n scores
/// with standardized sum S = Σ (x − μ0)/σ0 and r = τ/σ0,
///
///     log Λ_n = −½ · log(1 + n·r²) + r² · S² / (2 · (1 + n·r²)).
///
/// It alarms when Λ_n ≥ `arl0` (a false alarm before a restart has probability at most 1/`arl0`), in either
/// direction, and then restarts; between alarms it offers an always-valid p-value and an e-value.
///
/// The value is its whole state: encode it to persist a running test.
public struct GaussianMixtureSPRT: ScoreDetector {
    /// The prior's standard deviation used unless another is given, in baseline standard deviations.
    public static let defaultPriorSpread = 0.5

    /// The in-control mean.
    public internal(set) var mu0: Double
    /// The in-control standard deviation, positive.
    public internal(set) var sigma0: Double
    /// The prior's standard deviation r = τ/σ0, in baseline standard deviations.
    public let priorSpread: Double
    /// The evidence since the last restart.
    public private(set) var evidence: MixtureSPRT
    /// Scores since the last restart.
    public private(set) var count = 0
    /// Their standardized sum S.
    public private(set) var standardizedSum = 0.0

    /// Builds a test.
    ///
    /// - Parameters:
    ///   - mu0: The in-control mean.
    ///   - sigma0: The in-control standard deviation, positive.
    ///   - arl0: The alarm threshold on Λ, above 1: the bound on the false-alarm probability is 1/`arl0`.
    ///   - priorSpread: The prior's standard deviation on the mean, in baseline standard deviations, positive:
    ///     the typical shift the test is quickest for.
    public init(mu0: Double, sigma0: Double, arl0: Double = 10_000, priorSpread: Double = defaultPriorSpread) {
        precondition(mu0.isFinite && sigma0.isFinite && sigma0 > 0, "need a finite mean and a positive sigma")
        precondition(priorSpread > 0 && priorSpread.isFinite, "the prior spread must be positive")
        self.mu0 = mu0
        self.sigma0 = sigma0
        self.priorSpread = priorSpread
        evidence = MixtureSPRT(arl0: arl0)
    }

    /// The always-valid p-value since the last restart.
    public var pValue: Double { evidence.pValue }
    /// The e-value Λ of the scores since the last restart.
    public var eValue: Double { evidence.eValue }

    /// Feeds one score. When Λ reaches `arl0` it returns the alarm (log Λ and log `arl0` in nats, the scores
    /// since the restart as the run) and restarts; otherwise nil.
    public mutating func update(_ x: Double) -> ScoreAlarm? {
        count += 1
        standardizedSum += (x - mu0) / sigma0
        let r2 = priorSpread * priorSpread
        let spread = 1 + Double(count) * r2
        let logRatio = -0.5 * log(spread) + r2 * standardizedSum * standardizedSum / (2 * spread)
        guard evidence.record(logRatio) else {
            return nil
        }
        let alarm = ScoreAlarm(
            direction: standardizedSum > 0 ? .up : .down,
            statistic: logRatio,
            threshold: evidence.logThreshold,
            runLength: count,
            runMean: mu0 + sigma0 * standardizedSum / Double(count)
        )
        reset()
        return alarm
    }

    /// Restarts the test from no scores, as after an alarm.
    public mutating func reset() {
        evidence.reset()
        count = 0
        standardizedSum = 0
    }
}

extension GaussianMixtureSPRT: StandardizedScoreDetector {}
