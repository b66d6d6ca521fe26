/// Confidence intervals for Bernoulli rates and their differences, with good coverage for small counts and
/// rates near 0, which is where lie rates live.
public enum Intervals: Sendable {
    /// The Wilson score interval for a rate from `successes` out of `trials` (Wilson 1927). Unlike the Wald
    /// interval it stays inside [0, 1] and is not degenerate at 0 successes. With no trials it is [0, 1].
    ///
    /// - Parameters:
    ///   - successes: Successes observed, 0…`trials`.
    ///   - trials: Trials observed, at least 0.
    ///   - confidence: The two-sided confidence level, in (0, 1).
    public static func wilson(successes: Int, trials: Int, confidence: Double = 0.95) -> Interval {
        precondition(successes >= 0 && successes <= trials, "need 0 ≤ successes ≤ trials, got \(successes)/\(trials)")
        precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1), got \(confidence)")
        if trials == 0 {
            return Interval(lower: 0, upper: 1)
        }
        let z = StandardNormal.quantile(0.5 + 0.5 * confidence)
        let n = Double(trials)
        let x = Double(successes)
        let z2 = z * z
        let center = (x + 0.5 * z2) / (n + z2)
        let half = z * (x * (n - x) / n + 0.25 * z2).squareRoot() / (n + z2)
        let lower = successes == 0 ? 0 : max(0, center - half)
        let upper = successes == trials ? 1 : min(1, center + half)
        return Interval(lower: lower, upper: upper)
    }

    /// The Wilson score interval for `proportion`; see ``wilson(successes:trials:confidence:)``.
    public static func wilson(_ proportion: Proportion, confidence: Double = 0.95) -> Interval {
        wilson(successes: proportion.successes, trials: proportion.trials, confidence: confidence)
    }

    /// Newcombe's hybrid score interval (Newcombe 1998, method 10) for the difference of two independent
    /// rates, `current.rate − baseline.rate`: positive values mean the rate rose. It combines the two Wilson
    /// intervals, so it behaves at 0 successes and never leaves [−1, 1].
    ///
    /// - Parameters:
    ///   - baseline: The reference proportion, subtracted.
    ///   - current: The proportion compared with it.
    ///   - confidence: The two-sided confidence level, in (0, 1).
    public static func newcombeDifference(
        _ baseline: Proportion,
        _ current: Proportion,
        confidence: Double = 0.95
    ) -> Interval {
        let base = wilson(baseline, confidence: confidence)
        let now = wilson(current, confidence: confidence)
        let p0 = baseline.rate
        let p1 = current.rate
        let difference = p1 - p0
        let below = ((p1 - now.lower) * (p1 - now.lower) + (base.upper - p0) * (base.upper - p0)).squareRoot()
        let above = ((now.upper - p1) * (now.upper - p1) + (p0 - base.lower) * (p0 - base.lower)).squareRoot()
        return Interval(lower: max(-1, difference - below), upper: min(1, difference + above))
    }
}
