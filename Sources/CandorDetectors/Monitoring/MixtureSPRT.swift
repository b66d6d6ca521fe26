#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The evidence of a mixture sequential probability ratio test (Robbins 1970; Johari, Pekelis & Walsh 2017)
/// against the baseline: the core that ``BernoulliMixtureSPRT`` and ``GaussianMixtureSPRT`` share.
///
/// The forms compute the mixture likelihood ratio Λ_t of the samples since the last restart: the likelihood
/// averaged over a prior on the changed parameter, divided by the likelihood under the baseline. Under the
/// baseline Λ_t is a nonnegative martingale with mean 1, so by Ville's inequality P(Λ_t ever reaches 1/α) ≤ α.
/// Alarming when Λ_t ≥ `arl0` therefore bounds the probability of any false alarm before a restart by 1/`arl0`,
/// with no calibration at all: the threshold is `arl0` itself. This guarantee is stronger than an average run
/// length of `arl0` (the in-control alarm rate per sample is far below 1/`arl0`), which costs some delay.
///
/// The value is its whole state.
public struct MixtureSPRT: Sendable, Codable, Equatable {
    /// log of the alarm threshold, log(`arl0`).
    public let logThreshold: Double
    /// log Λ_t, the current log mixture likelihood ratio.
    public private(set) var logRatio = 0.0
    /// The largest log Λ since the last restart.
    public private(set) var largestLogRatio = 0.0

    /// Evidence that alarms when Λ reaches `arl0`, which must exceed 1.
    public init(arl0: Double) {
        precondition(arl0 > 1 && arl0.isFinite, "arl0 must exceed 1")
        logThreshold = log(arl0)
    }

    /// The e-value: Λ_t, whose expectation under the baseline is at most 1.
    public var eValue: Double { exp(logRatio) }

    /// The always-valid p-value min(1, 1 / max Λ) since the last restart: under the baseline,
    /// P(p ≤ α at any time) ≤ α, so it may be read at any moment, as often as wanted.
    public var pValue: Double { min(1, exp(-largestLogRatio)) }

    /// Records the new log Λ; true when it reaches the threshold.
    public mutating func record(_ logRatio: Double) -> Bool {
        self.logRatio = logRatio
        largestLogRatio = max(largestLogRatio, logRatio)
        return logRatio >= logThreshold
    }

    /// Back to Λ = 1, as after an alarm.
    public mutating func reset() {
        logRatio = 0
        largestLogRatio = 0
    }
}
