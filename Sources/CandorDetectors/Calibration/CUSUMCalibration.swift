#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thresholds and average run lengths of a one-sided Bernoulli CUSUM on the log-likelihood ratio, computed
/// exactly on a lattice Markov chain rather than by simulation or asymptotic formulas.
///
/// The chart is S_t = max(0, S_{t-1} + llr(x_t)) with llr(1) = log(p1/p0) and llr(0) = log((1-p1)/(1-p0)),
/// alarming when S_t ≥ h, for an upward (p1 > p0) or a downward (p1 < p0) design alike. The statistic lives on
/// a lattice fine enough (typically 400–3,000 states) that calibrated thresholds agree with the exact chart to
/// about 0.01; see ``CUSUMLattice``.
///
/// Nothing is cached. For designs that double or halve p0, a threshold takes a few milliseconds in a release
/// build (tens in a debug build) up to arl0 = 10⁷. Designs close to p0 (p1/p0 below about 1.5) at large arl0
/// are slower, up to seconds, because the fast recursions then cannot be verified and banded elimination takes
/// over.
public enum CUSUMCalibration: Sendable {
    /// The largest in-control average run length a threshold can be calibrated for.
    public static let maxAverageRunLength = 1e9

    /// The threshold h at which the zero-start in-control average run length of the one-sided chart designed
    /// for p0 → p1 first reaches `arl0` (the smallest lattice threshold that does, so the false-alarm rate is
    /// at most 1/`arl0`).
    ///
    /// - Parameters:
    ///   - p0: The in-control rate, in (0, 1).
    ///   - p1: The design out-of-control rate, in (0, 1) and different from p0; below p0 for a downward chart.
    ///   - arl0: The wanted in-control average run length in samples, in (1, ``maxAverageRunLength``].
    public static func threshold(p0: Double, p1: Double, arl0: Double) -> Double {
        precondition(arl0 > 1 && arl0 <= maxAverageRunLength, "arl0 must lie in (1, 1e9], got \(arl0)")
        let lattice = CUSUMLattice(p0: p0, p1: p1)
        let chain = LatticeChain(
            upProbability: lattice.upProbability(trueRate: p0),
            upUnits: lattice.upUnits,
            downUnits: lattice.downUnits
        )
        // Wald: a likelihood-ratio CUSUM crosses h in an excursion with probability at most e^{-h}, so its
        // run length is at least e^h and log(arl0) bounds the threshold.
        let limit = lattice.states(threshold: log(arl0)) + 2
        let initial = min(lattice.states(threshold: 0.1 * log(arl0)), limit)
        return lattice.threshold(states: chain.smallestStates(reaching: arl0, initial: initial, limit: limit))
    }

    /// The zero-start average run length of the one-sided chart designed for p0 → p1 with threshold h, when
    /// the samples are Bernoulli(`trueRate`): the in-control ARL at `trueRate` = p0, the worst-case detection
    /// delay (Lorden) at the rate after a change. Infinite when the chart can never move up.
    ///
    /// - Parameters:
    ///   - p0: The in-control rate, in (0, 1).
    ///   - p1: The design rate, in (0, 1) and different from p0.
    ///   - threshold: The alarm threshold h, positive.
    ///   - trueRate: The rate the samples actually follow, in [0, 1].
    public static func averageRunLength(p0: Double, p1: Double, threshold: Double, trueRate: Double) -> Double {
        precondition(threshold > 0 && threshold.isFinite, "the CUSUM threshold must be positive, got \(threshold)")
        precondition(trueRate >= 0 && trueRate <= 1, "trueRate must lie in [0, 1], got \(trueRate)")
        let lattice = CUSUMLattice(p0: p0, p1: p1)
        let chain = LatticeChain(
            upProbability: lattice.upProbability(trueRate: trueRate),
            upUnits: lattice.upUnits,
            downUnits: lattice.downUnits
        )
        return chain.averageRunLength(states: lattice.states(threshold: threshold))
    }
}
