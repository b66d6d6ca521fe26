import Foundation
import Testing

@testable import CandorDetectors

@Suite("Confidence intervals")
struct IntervalsTests {
    @Test(
        "the normal quantile matches reference values to 1e-12",
        arguments: [
            (0.975, 1.959963984540054), (0.9, 1.2815515655446004), (0.5, 0), (0.02425, -1.972961051311885),
            (1e-10, -6.361340902404056), (1e-300, -37.0470962993612), (0.84134474606854293, 1.0),
        ]
    )
    func quantileReference(p: Double, z: Double) {
        #expect(abs(StandardNormal.quantile(p) - z) <= 1e-12 * max(1, abs(z)))
    }

    @Test("the normal quantile inverts the distribution function and is antisymmetric")
    func quantileInverts() {
        #expect(StandardNormal.quantile(0.75) == -StandardNormal.quantile(0.25))
        for p in stride(from: 0.0005, to: 1, by: 0.0125) {
            let z = StandardNormal.quantile(p)
            #expect(abs(StandardNormal.cdf(z) - p) <= 1e-14)
            #expect(abs(StandardNormal.quantile(1 - p) + z) <= 1e-13 * max(1, abs(z)))
        }
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
    }

    @Test("Wilson intervals match published values")
    func wilsonReference() {
        let none = Intervals.wilson(successes: 0, trials: 10)
        #expect(none.lower == 0)
        #expect(abs(none.upper - 0.2775328) < 1e-6)
        let half = Intervals.wilson(successes: 5, trials: 10)
        #expect(abs(half.lower - 0.2365931) < 1e-6)
        #expect(abs(half.upper - 0.7634069) < 1e-6)
        let rare = Intervals.wilson(successes: 1, trials: 1_000)
        #expect(abs(rare.lower - 0.000176546) < 1e-8)
        #expect(abs(rare.upper - 0.005642559) < 1e-8)
        #expect(Intervals.wilson(successes: 10, trials: 10).upper == 1)
    }

    @Test("Wilson intervals widen with confidence and cover everything without data")
    func wilsonShape() {
        let narrow = Intervals.wilson(Proportion(successes: 81, trials: 263), confidence: 0.9)
        let wide = Intervals.wilson(Proportion(successes: 81, trials: 263), confidence: 0.99)
        #expect(wide.lower < narrow.lower && narrow.upper < wide.upper)
        #expect(narrow.contains(81.0 / 263))
        #expect(Intervals.wilson(successes: 0, trials: 0) == Interval(lower: 0, upper: 1))
    }

    /// Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10: (current, baseline, interval).
    static let newcombe: [(current: Proportion, baseline: Proportion, lower: Double, upper: Double)] = [
        (Proportion(successes: 56, trials: 70), Proportion(successes: 48, trials: 80), 0.0524, 0.3339),
        (Proportion(successes: 9, trials: 10), Proportion(successes: 3, trials: 10), 0.1705, 0.8090),
        (Proportion(successes: 6, trials: 7), Proportion(successes: 2, trials: 7), 0.0582, 0.8062),
        (Proportion(successes: 5, trials: 56), Proportion(successes: 0, trials: 29), -0.0381, 0.1926),
        (Proportion(successes: 0, trials: 10), Proportion(successes: 0, trials: 20), -0.1611, 0.2775),
        (Proportion(successes: 10, trials: 10), Proportion(successes: 0, trials: 20), 0.6791, 1.0000),
    ]

    @Test("Newcombe's hybrid score interval matches the published table", arguments: newcombe)
    func newcombeReference(current: Proportion, baseline: Proportion, lower: Double, upper: Double) {
        let interval = Intervals.newcombeDifference(baseline, current)
        #expect(abs(interval.lower - lower) < 5e-5)
        #expect(abs(interval.upper - upper) < 5e-5)
        #expect(interval.contains(current.rate - baseline.rate))
    }

    @Test("the difference is current minus baseline")
    func newcombeOrientation() {
        let baseline = Proportion(successes: 48, trials: 80)
        let current = Proportion(successes: 56, trials: 70)
        let forward = Intervals.newcombeDifference(baseline, current)
        let backward = Intervals.newcombeDifference(current, baseline)
        #expect(abs(forward.lower + backward.upper) < 1e-15)
        #expect(abs(forward.upper + backward.lower) < 1e-15)
    }

    @Test("decoding rejects impossible counts and reversed intervals")
    func decodingValidates() {
        let decoder = JSONDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode(Proportion.self, from: Data(#"{"successes":5,"trials":3}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Interval.self, from: Data(#"{"lower":0.5,"upper":0.2}"#.utf8))
        }
        #expect(throws: Never.self) {
            try decoder.decode(Proportion.self, from: Data(#"{"successes":0,"trials":0}"#.utf8))
        }
        #expect(Proportion(successes: 0, trials: 0).rate == 0)
    }
}
