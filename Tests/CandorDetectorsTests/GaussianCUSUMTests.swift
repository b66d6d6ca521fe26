import Foundation
import Testing

@testable import CandorDetectors

@Suite("Gaussian CUSUM")
struct GaussianCUSUMTests {
    static func firstAlarm(_ chart: inout GaussianCUSUM, mean: Double, sd: Double, seed: UInt64) -> (ScoreAlarm, Int)? {
        var random = SplitMix64(seed: seed)
        for index in 1...20_000 {
            if let alarm = chart.update(mean + sd * random.normal()) { return (alarm, index) }
        }
        return nil
    }

    @Test("its false-alarm rate on in-control data is the one it was calibrated for")
    func falseAlarms() {
        var chart = GaussianCUSUM(mu0: 0.5, sigma0: 0.1, arl0: 300)
        var random = SplitMix64(seed: 9)
        var alarms = 0
        let samples = 450_000
        for _ in 0..<samples where chart.update(0.5 + 0.1 * random.normal()) != nil {
            alarms += 1
        }
        let perARL = Double(alarms) / Double(samples) * 300
        #expect(perARL > 0.85 && perARL < 1.1, "\(perARL) false alarms per arl0 samples")
    }

    @Test("a rise, a fall and a wider spread are each caught and named")
    func directions() throws {
        for (mean, sd, direction) in [(0.6, 0.1, ChangeDirection.up), (0.4, 0.1, .down), (0.5, 0.15, .spread)] {
            var chart = GaussianCUSUM(mu0: 0.5, sigma0: 0.1, arl0: 300)
            let (alarm, samples) = try #require(Self.firstAlarm(&chart, mean: mean, sd: sd, seed: 2))
            #expect(alarm.direction == direction)
            #expect(samples < 200)
            #expect(alarm.runLength >= 1 && alarm.runLength <= samples)
            #expect(alarm.statistic >= alarm.threshold)
        }
    }

    @Test("an estimated baseline raises the threshold by an amount that shrinks with the warm-up")
    func estimatedBaseline() {
        let known = GaussianCUSUM(mu0: 0, sigma0: 1, arl0: 200).threshold
        let short = GaussianCUSUM(mu0: 0, sigma0: 1, estimatedFrom: 30, arl0: 200).threshold
        let long = GaussianCUSUM(mu0: 0, sigma0: 1, estimatedFrom: 3_000, arl0: 200).threshold
        #expect(short > long)
        #expect(long >= known - 0.1)
    }

    @Test("a chart restored from JSON mid-run continues identically")
    func codable() throws {
        var original = GaussianCUSUM(mu0: 1, sigma0: 2, arl0: 200)
        var random = SplitMix64(seed: 6)
        for _ in 0..<500 { _ = original.update(1 + 2 * random.normal()) }
        var restored = try JSONDecoder().decode(GaussianCUSUM.self, from: JSONEncoder().encode(original))
        #expect(restored == original)
        for _ in 0..<3_000 {
            let x = 1.5 + 2 * random.normal()
            #expect(restored.update(x) == original.update(x))
        }
    }
}
