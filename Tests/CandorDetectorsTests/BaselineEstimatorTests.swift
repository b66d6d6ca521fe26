import Foundation
import Testing

@testable import CandorDetectors

@Suite("Baseline estimator")
struct BaselineEstimatorTests {
    @Test("the baseline is unknown until the warm-up is complete")
    func warmup() {
        var estimator = BaselineEstimator(warmup: 3)
        estimator.add(true)
        estimator.add(false)
        #expect(!estimator.isComplete)
        #expect(estimator.p0 == nil)
        estimator.add(false)
        #expect(estimator.isComplete)
        #expect(estimator.observed == Proportion(successes: 1, trials: 3))
        #expect(estimator.p0 == 1.5 / 4)
    }

    @Test("a warm-up without a single lie still learns a positive rate")
    func zeroLiesGivePositiveRate() throws {
        var estimator = BaselineEstimator(warmup: 200)
        for _ in 0..<200 {
            estimator.add(false)
        }
        let p0 = try #require(estimator.p0)
        #expect(p0 > 0)
        #expect(p0 == 0.5 / 201)
    }

    @Test("a warm-up of nothing but lies learns a rate below 1")
    func allLiesGiveRateBelowOne() throws {
        var estimator = BaselineEstimator(warmup: 10)
        for _ in 0..<10 {
            estimator.add(true)
        }
        #expect(try #require(estimator.p0) == 10.5 / 11)
    }

    @Test("outcomes after the warm-up are ignored")
    func freezesAfterWarmup() {
        var estimator = BaselineEstimator(warmup: 2)
        estimator.add(false)
        estimator.add(false)
        estimator.add(true)
        #expect(estimator.observed == Proportion(successes: 0, trials: 2))
    }

    @Test("state survives a JSON round trip and bad state is refused")
    func codable() throws {
        var estimator = BaselineEstimator(warmup: 5)
        estimator.add(true)
        let restored = try JSONDecoder().decode(BaselineEstimator.self, from: JSONEncoder().encode(estimator))
        #expect(restored == estimator)
        let overfull = #"{"warmup":2,"observed":{"successes":0,"trials":3}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BaselineEstimator.self, from: Data(overfull.utf8))
        }
    }
}
