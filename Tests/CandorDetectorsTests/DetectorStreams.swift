import Foundation
import Testing

@testable import CandorDetectors

/// Seeded streams run through detectors: false alarms on in-control data, delays after a step, and the
/// check that a detector persisted mid-stream carries on exactly as the one that kept running.
enum DetectorStreams {
    /// Alarms raised by `detector` on `samples` Bernoulli(`rate`) outcomes.
    static func alarms<D: RateDetector>(_ detector: D, rate: Double, samples: Int, seed: UInt64) -> Int {
        var detector = detector
        var random = SplitMix64(seed: seed)
        return (0..<samples).reduce(0) { count, _ in count + (detector.update(random.bernoulli(rate)) == nil ? 0 : 1) }
    }

    /// Alarms raised by `detector` on `samples` N(`mean`, `sd`²) scores.
    static func alarms<D: ScoreDetector>(_ detector: D, mean: Double, sd: Double, samples: Int, seed: UInt64) -> Int {
        var detector = detector
        var random = SplitMix64(seed: seed)
        return (0..<samples).reduce(0) { count, _ in
            count + (detector.update(mean + sd * random.normal()) == nil ? 0 : 1)
        }
    }

    /// Samples after a step from `before` to `after` (following `prefix` in-control samples) until the first
    /// alarm, with that alarm; nil if none within `limit`.
    static func delay<D: RateDetector>(
        _ detector: D,
        from before: Double,
        to after: Double,
        prefix: Int,
        limit: Int,
        seed: UInt64
    ) -> (samples: Int, alarm: RateAlarm)? {
        var detector = detector
        var random = SplitMix64(seed: seed)
        for _ in 0..<prefix {
            _ = detector.update(random.bernoulli(before))
        }
        for step in 1...limit {
            if let alarm = detector.update(random.bernoulli(after)) {
                return (step, alarm)
            }
        }
        return nil
    }

    /// Samples after a step of the mean from 0 to `shift` (unit spread) until the first alarm, with that alarm.
    static func delay<D: ScoreDetector>(
        _ detector: D,
        shift: Double,
        prefix: Int,
        limit: Int,
        seed: UInt64
    ) -> (samples: Int, alarm: ScoreAlarm)? {
        var detector = detector
        var random = SplitMix64(seed: seed)
        for _ in 0..<prefix {
            _ = detector.update(random.normal())
        }
        for step in 1...limit {
            if let alarm = detector.update(shift + random.normal()) {
                return (step, alarm)
            }
        }
        return nil
    }

    /// Feeds `values` to `detector`, encodes and decodes it halfway, and checks that the decoded copy equals it
    /// and raises the same alarms on the rest as the original.
    static func expectRoundTripContinues<D: Codable & Equatable, Alarm: Equatable>(
        _ detector: D,
        values: [Double],
        update: (inout D, Double) -> Alarm?
    ) throws {
        var original = detector
        let half = values.count / 2
        for value in values[..<half] {
            _ = update(&original, value)
        }
        var restored = try JSONDecoder().decode(D.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        for value in values[half...] {
            let expected = update(&original, value)
            let actual = update(&restored, value)
            #expect(actual == expected)
        }
        #expect(restored == original)
    }

    /// `count` outcomes as 0/1: Bernoulli(`before`) for the first half, Bernoulli(`after`) for the rest.
    static func stepOutcomes(_ count: Int, before: Double, after: Double, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { random.bernoulli($0 < count / 2 ? before : after) ? 1 : 0 }
    }
}
