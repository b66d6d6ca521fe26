extension BernoulliMultiCUSUM {
    /// One side a chart may build: its design rate, the in-control ARL its exact base threshold is calibrated for,
    /// and whether it watches a move towards a bound of the rate (0 or 1).
    struct Design {
        /// The design rate p1.
        var rate: Double
        /// The in-control average run length the side's base threshold is exact for.
        var sideARL: Double
        /// Whether the design moves the rate halfway to 0 (the downward side, p0 / 2 by default) or halfway to 1
        /// (an upward side capped at (1 + p0) / 2, the mirror image): such a side is built only when the warm-up
        /// bounds the true rate away from its design (``warmupBounds(_:p0:posterior:)``).
        var towardsBound: Bool

        /// The side's exact base threshold.
        func threshold(p0: Double) -> Double {
            CUSUMCalibration.threshold(p0: p0, p1: rate, arl0: sideARL)
        }
    }

    /// The downward side's base threshold is exact for this many times `arl0`: falls take about an eighth of the
    /// false-alarm budget.
    static let fallShare = 8.0

    /// The in-control ARL the union of `designs` is calibrated for: `arl0`, or, when a learned baseline's
    /// downward side was not built (its warm-up cannot show a fall), `arl0` / (1 − 1/``fallShare``). The fall's
    /// share of the budget stays unspent rather than lowering the upward thresholds: whether the warm-up can
    /// show a fall says nothing about how often the upward sides may alarm.
    static func unionARL(
        of designs: [Design],
        p0: Double,
        warmup: Proportion?,
        arl0: Double,
        downShift: Double?
    )
        -> Double
    {
        guard warmup != nil, downShift != nil, !designs.contains(where: { $0.rate < p0 }) else { return arl0 }
        return arl0 / (1 - 1 / fallShare)
    }

    /// A baseline rate clamped into ``BernoulliCUSUM/rateRange``, as the chart uses it.
    static func clamped(_ p0: Double) -> Double {
        min(max(p0, BernoulliCUSUM.rateRange.lowerBound), BernoulliCUSUM.rateRange.upperBound)
    }

    /// The sides a chart for baseline `p0` (before clamping) watches, with the in-control ARL of each base
    /// threshold, before the warm-up rule: the upward designs (deduplicated, smallest first) and the downward
    /// one, where the rate can move that way.
    static func designs(
        p0: Double,
        warmup: Proportion?,
        arl0: Double,
        upShifts: [Double],
        downShift: Double?
    ) -> [Design] {
        // A side is built only where the rate can move: a warm-up without a single success (or a known rate of
        // 0) cannot fall, and on all zeros a downward side would still climb by log((1 − p1) / (1 − p0)) per
        // sample and alarm like clockwork; likewise a rate of 1 cannot rise.
        let canRise = warmup.map(\.canRise) ?? (p0 < 1)
        let canFall = warmup.map(\.canFall) ?? (p0 > 0)
        let rate = clamped(p0)
        let halfwayToOne = 0.5 * (1 + rate)
        var designs =
            canRise
            ? Set(upShifts.map { min(rate * $0, halfwayToOne) }).sorted().map {
                Design(rate: $0, sideARL: arl0, towardsBound: $0 == halfwayToOne)
            } : []
        if let downShift, canFall {
            designs.append(Design(rate: rate / downShift, sideARL: fallShare * arl0, towardsBound: true))
        }
        return designs
    }

    /// The designs a chart learned from `warmup` builds: every side that does not move towards a bound of the
    /// rate, and those that do only where the warm-up bounds the true rate away from their design. Should the
    /// rule leave no side (a warm-up so short it bounds the rate in neither direction), every design is kept
    /// and the posterior calibration pays for the uncertainty with higher thresholds, as for any other side.
    static func kept(_ designs: [Design], p0: Double, warmup: Proportion?) -> [Design] {
        guard let warmup else { return designs }
        let posterior = BetaDistribution(posteriorAfter: warmup)
        let kept = designs.filter { !$0.towardsBound || warmupBounds($0, p0: p0, posterior: posterior) }
        return kept.isEmpty ? designs : kept
    }

    /// Whether the warm-up bounds the true rate away from `design`, so that the side can tell a move to its
    /// design from the baseline's own uncertainty.
    ///
    /// Where the true rate already lies at or beyond the design (below p0 / 2 for the downward side), the side
    /// is out of control from its first sample and alarms at least as often as at its design: once per
    /// out-of-control ARL, ARL₁. So the posterior probability π of that region adds at least π / ARL₁ to the
    /// side's false-alarm rate, averaged over what the true rate may be; the side's share of the budget is
    /// 1 / (its in-control ARL). The side is built only when π / ARL₁ fits in that share: π ≤ ARL₁ / ARL₀. After
    /// a 500-sample warm-up at `arl0` 14,000 the downward side needs 15 successes (a rate of 3%); one success
    /// leaves a third of the posterior below p0 / 2, and the side would alarm on a stream of zeros every 8,000
    /// samples.
    static func warmupBounds(_ design: Design, p0: Double, posterior: BetaDistribution) -> Bool {
        let beyond = design.rate < p0 ? posterior.cdf(design.rate) : 1 - posterior.cdf(design.rate)
        let outOfControl = CUSUMCalibration.averageRunLength(
            p0: p0,
            p1: design.rate,
            threshold: design.threshold(p0: p0),
            trueRate: design.rate
        )
        return beyond * design.sideARL <= outOfControl
    }

    /// The directions a chart with these parameters watches under the current rule: what a monitor keeps an
    /// alarm of, whatever its detector, so that a chart persisted under an older rule (or another detector that
    /// watches both ways) raises no alarm the warm-up cannot tell from its own noise. Runs an exact run-length
    /// computation per side that moves towards a bound (milliseconds), none for the others.
    ///
    /// - Parameters:
    ///   - p0: The baseline rate, clamped into ``BernoulliCUSUM/rateRange``.
    ///   - warmup: The warm-up counts it was learned from, or nil when it is known.
    ///   - arl0: The in-control average run length the chart is calibrated for.
    public static func watchedDirections(
        p0: Double,
        estimatedFrom warmup: Proportion?,
        arl0: Double,
        upShifts: [Double] = defaultUpShifts,
        downShift: Double? = defaultDownShift
    ) -> Set<ChangeDirection> {
        let rate = clamped(p0)
        let designs = designs(p0: p0, warmup: warmup, arl0: arl0, upShifts: upShifts, downShift: downShift)
        return Set(kept(designs, p0: rate, warmup: warmup).map { $0.rate > rate ? .up : .down })
    }
}
